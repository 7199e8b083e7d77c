/** The command line's words, parsed: a command, its positional arguments and its flags. */
export interface ParsedArgs {
  command?: string;
  positional: string[];
  json: boolean;
  kb?: string;
  limit?: number;
  help: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], json: false, help: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--json') parsed.json = true;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--kb') parsed.kb = valueOf(arg, argv[++index]);
    else if (arg === '--limit') {
      const limit = Number(valueOf(arg, argv[++index]));
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit takes a whole number of at least 1');
      parsed.limit = limit;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (parsed.command === undefined) parsed.command = arg;
    else parsed.positional.push(arg);
  }
  return parsed;
}

function valueOf(flag: string, value: string | undefined): string {
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}
