/**
 * FEEL functions a deployed expression may call: the DMN 1.4 built-ins that feelin implements plus Camunda 8's
 * extensions, so models written for Zeebe pass. A function outside this list is reported as unknown at deploy.
 */
const STANDARD = [
  'number', 'string', 'date', 'date and time', 'time', 'duration', 'years and months duration', 'now', 'today',
  'not', 'substring', 'string length', 'upper case', 'lower case', 'substring before', 'substring after', 'replace',
  'contains', 'matches', 'starts with', 'ends with', 'split', 'string join', 'list contains', 'list replace', 'count',
  'min', 'max', 'sum', 'mean', 'all', 'any', 'sublist', 'append', 'concatenate', 'insert before', 'remove', 'reverse',
  'index of', 'union', 'distinct values', 'flatten', 'product', 'median', 'stddev', 'mode', 'decimal', 'floor',
  'ceiling', 'abs', 'round up', 'round down', 'round half up', 'round half down', 'modulo', 'sqrt', 'log', 'exp',
  'odd', 'even', 'is', 'before', 'after', 'meets', 'met by', 'overlaps', 'overlaps before', 'overlaps after',
  'finishes', 'finished by', 'includes', 'during', 'starts', 'started by', 'coincides', 'day of year', 'day of week',
  'month of year', 'week of year', 'sort', 'get value', 'get entries', 'context', 'context merge', 'context put',
  'range',
];

const CAMUNDA_EXTENSIONS = [
  'is defined', 'get or else', 'assert', 'error', 'extract', 'trim', 'uuid', 'to base64', 'from base64', 'is blank',
  'is empty', 'partition', 'duplicate values', 'random number', 'last day of month', 'put', 'put all', 'cycle',
  'from json', 'to json', 'fromAi',
];

export const KNOWN_FEEL_FUNCTIONS: ReadonlySet<string> = new Set([...STANDARD, ...CAMUNDA_EXTENSIONS]);
