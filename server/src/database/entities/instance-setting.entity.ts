import { Column, Entity, PrimaryColumn } from 'typeorm';

/** System key/value settings shared by every replica, e.g. the generated token-signing secret. */
@Entity('instance_settings')
export class InstanceSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'text', nullable: false })
  value: string;
}
