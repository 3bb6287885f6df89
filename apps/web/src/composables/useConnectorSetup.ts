import { useMutation, useQuery } from '@vue/apollo-composable';
import type { FieldIssue } from '@odc/core/schema';
import { computed, ref, watch, type Ref } from 'vue';
import {
  ConnectorSetupQuery,
  CreateConnector,
  SetupOptionsQuery,
  UpdateConnector,
} from '../graphql/connector-setup';
import {
  emptyForm,
  formIssues,
  fromConnector,
  issuesByPath,
  sectionOf,
  toInput,
  type SectionKey,
} from './connector-form';

/** Loads a connector (or starts a new one), checks the form as it changes, and saves it. */
export function useConnectorSetup(id: Ref<string | undefined>) {
  const form = ref(emptyForm());
  const serverIssues = ref<FieldIssue[]>([]);
  const loaded = useQuery(
    ConnectorSetupQuery,
    () => ({ id: id.value ?? '' }),
    () => ({ enabled: !!id.value }),
  );
  watch(
    () => loaded.result.value?.connector,
    (c) => {
      if (c) form.value = fromConnector(c);
    },
    { immediate: true },
  );
  const options = useQuery(SetupOptionsQuery, () => ({ entityType: form.value.entityType }));
  const fields = computed(() => options.result.value?.fieldCatalog ?? []);
  const roles = computed(() => options.result.value?.roles ?? []);
  const fieldKeys = computed(() =>
    fields.value.length ? new Set(fields.value.map((f) => f.key)) : undefined,
  );

  const clientIssues = computed(() => formIssues(form.value, fieldKeys.value));
  const complete = computed(() => {
    const open = new Set<SectionKey>(clientIssues.value.map((i) => sectionOf(i.path)));
    return {
      basics: !open.has('basics'),
      authentication: !open.has('authentication'),
      request: !open.has('request'),
      criteria: !open.has('criteria'),
    };
  });
  const errors = computed(() => issuesByPath(serverIssues.value));

  const create = useMutation(CreateConnector);
  const update = useMutation(UpdateConnector);
  const saving = computed(() => create.loading.value || update.loading.value);
  const saveError = ref('');

  /** Saves (and publishes when asked); false with the errors shown when it could not. */
  async function save(publish: boolean): Promise<boolean> {
    serverIssues.value = [];
    saveError.value = '';
    try {
      const input = toInput(form.value);
      if (id.value) await update.mutate({ id: id.value, input, publish });
      else await create.mutate({ input, publish });
      return true;
    } catch (e) {
      const gqlErrors =
        (e as { graphQLErrors?: { message: string; extensions?: Record<string, unknown> }[] })
          .graphQLErrors ?? [];
      const fieldsIssues = gqlErrors.flatMap(
        (g) => (g.extensions?.fields as FieldIssue[] | undefined) ?? [],
      );
      serverIssues.value = fieldsIssues;
      saveError.value = gqlErrors[0]?.message ?? (e instanceof Error ? e.message : 'Saving failed');
      return false;
    }
  }

  return {
    form,
    loading: computed(() => loaded.loading.value),
    published: computed(() => loaded.result.value?.connector?.published ?? false),
    fields,
    roles,
    complete,
    clientIssues,
    errors,
    save,
    saving,
    saveError,
  };
}
