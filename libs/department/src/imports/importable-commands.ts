import type { Type } from '@nestjs/common';
import type { CommandAccepted, CommandGateway } from '../command-gateway';
import type { CommandContext } from '../command-context';
import type { ParkPlace } from '../park-registry-check';

/** A command the department's spreadsheet import takes, one row per command. */
export interface ImportableCommand {
  /** its name in `/imports/{command}`: the command type in kebab case, e.g. `identify-idle-parcel` */
  readonly command: string;
  /** the command type, which is also its operationId */
  readonly operationId: string;
  readonly titleZh: string;
  readonly titleEn: string;
  readonly request: Type<unknown>;
  /** path parameters the command takes besides its body (the record's key), as columns first */
  readonly params: readonly string[];
  /** a request class of the same record that labels those parameters (its create command) */
  readonly paramLabels: readonly Type<unknown>[];
  /** the pattern a parameter's value must match */
  readonly paramPattern: (name: string) => RegExp;
  /** the fields that name the record (its key), in path order */
  readonly keys: readonly string[];
  /** the record's stream, from the command */
  readonly streamOf: (command: Readonly<Record<string, unknown>>) => string;
  /** true for a command that creates its record: two rows naming the same record are a duplicate */
  readonly creates: boolean;
  readonly place?: (command: Readonly<Record<string, unknown>>) => ParkPlace;
  readonly run: (gateway: CommandGateway, command: Record<string, unknown>, context: CommandContext) => Promise<CommandAccepted>;
}

const importables = new Map<string, ImportableCommand>();

export const kebab = (type: string) => type.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

export function registerImportable(command: ImportableCommand): void {
  importables.set(command.command, command);
}

/** The commands of this process's record controllers that a spreadsheet can carry, in declaration order. */
export const importableCommands = (): ImportableCommand[] => [...importables.values()];
export const importableCommand = (name: string): ImportableCommand | undefined => importables.get(name);
