import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { CombinedError } from 'urql';
import { errorMessage, fieldErrors } from './errors';

/**
 * Puts a failed mutation's BAD_USER_INPUT messages beside their inputs. `extensions.fields`
 * names input paths (`input.timeZone`, `email`); the last segment is matched to a form field,
 * or `fieldOf` maps them. Returns the message for what no field shows (null when none).
 */
export function applyServerErrors<T extends FieldValues>(
  error: CombinedError | undefined,
  setError: UseFormSetError<T>,
  fieldNames: readonly Path<T>[],
  fieldOf: (path: string) => Path<T> | undefined = (path) => {
    const last = path.split('.').pop() as Path<T>;
    return fieldNames.includes(last) ? last : undefined;
  },
): string | null {
  if (!error) return null;
  const fields = fieldErrors(error);
  let unplaced = false;
  for (const [path, message] of Object.entries(fields)) {
    const field = fieldOf(path);
    if (field) setError(field, { type: 'server', message });
    else unplaced = true;
  }
  if (Object.keys(fields).length && !unplaced) return null;
  if (unplaced) return Object.values(fields).join(' ');
  return errorMessage(error);
}
