import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import {
  Controller,
  useFieldArray,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormGetValues,
  type UseFormRegister,
  type UseFormSetValue,
} from 'react-hook-form';
import type { RequirementInput } from '../../gql/graphql';
import { Empty } from '../../components/page';
import {
  MAX_METRIC,
  MAX_NOTE,
  MAX_YEAR,
  MIN_YEAR,
  emptyRequirement,
  type UseCaseFormValues,
} from './use-case-form-model';
import { CATEGORIES, CATEGORY_WORDS, UNITS_OF, UNIT_WORDS } from './use-case-words';

type Category = RequirementInput['category'];
type Unit = RequirementInput['unit'];

/**
 * The requirements as rows: category, metric, amount with a unit of the category's units, year
 * and note. A new row takes the focus; a changed category keeps the unit only when it still fits.
 */
export function RequirementsEditor({
  control,
  register,
  errors,
  getValues,
  setValue,
}: {
  control: Control<UseCaseFormValues>;
  register: UseFormRegister<UseCaseFormValues>;
  errors: FieldErrors<UseCaseFormValues>;
  getValues: UseFormGetValues<UseCaseFormValues>;
  setValue: UseFormSetValue<UseCaseFormValues>;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: 'requirements' });
  // Each row's category decides the units its unit list offers.
  const categories = useWatch({ control, name: 'requirements' });
  return (
    <Stack gap="sm">
      {fields.length === 0 && <Empty>No requirements yet.</Empty>}
      {fields.map((row, i) => {
        const rowErrors = errors.requirements?.[i];
        const n = i + 1;
        return (
          <Fieldset key={row.id} legend={`Requirement ${n}`} variant="filled" style={{ minWidth: 0 }}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              <Controller
                control={control}
                name={`requirements.${i}.category`}
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    label="Category"
                    required
                    allowDeselect={false}
                    data={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_WORDS[c] }))}
                    value={field.value}
                    onChange={(v) => {
                      const category = (v ?? 'STORAGE') as Category;
                      field.onChange(category);
                      const unit = getValues(`requirements.${i}.unit`) as Unit;
                      if (!UNITS_OF[category].includes(unit))
                        setValue(`requirements.${i}.unit`, UNITS_OF[category][0], { shouldDirty: true });
                    }}
                    onBlur={field.onBlur}
                    name={field.name}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <TextInput
                label="Metric"
                description="What is measured, e.g. raw data per year"
                required
                maxLength={MAX_METRIC}
                error={rowErrors?.metric?.message}
                {...register(`requirements.${i}.metric`)}
              />
              <Controller
                control={control}
                name={`requirements.${i}.value`}
                render={({ field, fieldState }) => (
                  <NumberInput
                    ref={field.ref}
                    label="Amount"
                    required
                    min={0}
                    decimalScale={6}
                    thousandSeparator=","
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    name={field.name}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={control}
                name={`requirements.${i}.unit`}
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    label="Unit"
                    required
                    allowDeselect={false}
                    data={(UNITS_OF[categories?.[i]?.category as Category] ?? []).map((u) => ({
                      value: u,
                      label: UNIT_WORDS[u],
                    }))}
                    value={field.value}
                    onChange={(v) => field.onChange(v ?? '')}
                    onBlur={field.onBlur}
                    name={field.name}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={control}
                name={`requirements.${i}.year`}
                render={({ field, fieldState }) => (
                  <NumberInput
                    ref={field.ref}
                    label="Year"
                    required
                    min={MIN_YEAR}
                    max={MAX_YEAR}
                    allowDecimal={false}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    name={field.name}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <TextInput
                label="Note"
                maxLength={MAX_NOTE}
                error={rowErrors?.note?.message}
                {...register(`requirements.${i}.note`)}
              />
            </SimpleGrid>
            <Group mt="sm">
              <Button variant="default" size="compact-sm" onClick={() => remove(i)}>
                Remove requirement {n}
              </Button>
            </Group>
          </Fieldset>
        );
      })}
      {typeof errors.requirements?.message === 'string' && (
        <Text c="red.9" size="sm" role="alert">
          {errors.requirements.message}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          onClick={() =>
            append(emptyRequirement(), {
              shouldFocus: true,
              focusName: `requirements.${fields.length}.category`,
            })
          }
        >
          Add a requirement
        </Button>
      </Group>
    </Stack>
  );
}
