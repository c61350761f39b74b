import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CalendarDay, WorkPeriod } from '../../../engine/calendar/business-calendar.js';
import { WorkspaceEntity } from '../../workspace/entities/workspace.entity.js';

/** A workspace's business calendar; a workspace without a row uses DEFAULT_CALENDAR (engine/calendar). */
@Entity('business_calendars')
export class BusinessCalendarEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid', primaryKeyConstraintName: 'PK_business_calendars' })
  workspaceId: string;

  @OneToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_business_calendars_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'time_zone', type: 'varchar', length: 64, nullable: false })
  timeZone: string;

  /** ISO weekday (1–7) → working periods */
  @Column({ name: 'weekly_hours', type: 'jsonb', nullable: false })
  weeklyHours: Record<number, WorkPeriod[]>;

  /** a shipped holiday list (`CN`), or null */
  @Column({ name: 'holiday_set', type: 'varchar', length: 16, nullable: true })
  holidaySet: string | null;

  /** the workspace's own holidays and working days */
  @Column({ type: 'jsonb', nullable: false, default: () => "'[]'" })
  days: CalendarDay[];

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
