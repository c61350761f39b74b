import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** System table: failed and successful sign-ins, counted for lockout and rate limits across replicas. */
@Entity('login_attempts')
@Index('IDX_login_attempts_email_created', ['email', 'createdAt'])
@Index('IDX_login_attempts_ip_created', ['ip', 'createdAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 320, nullable: false })
  email: string;

  @Column({ type: 'varchar', length: 64, nullable: false })
  ip: string;

  @Column({ type: 'boolean', nullable: false })
  succeeded: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
