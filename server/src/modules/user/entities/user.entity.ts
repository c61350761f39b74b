import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person. Global (not tenant-scoped): one account can belong to several workspaces. */
@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased and trimmed; unique across the instance. */
  @Index('UQ_users_email', { unique: true })
  @Column({ type: 'varchar', length: 320, nullable: false })
  email: string;

  @Column({ type: 'varchar', length: 200, nullable: false })
  name: string;

  @Column({ name: 'password_hash', type: 'text', nullable: false })
  passwordHash: string;

  @Column({ type: 'varchar', length: 10, nullable: false, default: 'en' })
  locale: string;

  /** IANA zone (Asia/Shanghai) for dates in notification mail; null: by locale (zh-CN → Asia/Shanghai, en → UTC). */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, nullable: true })
  timeZone: string | null;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
