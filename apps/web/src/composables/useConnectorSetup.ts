import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref, watch, type Ref } from 'vue';
import {
  ConnectorSetupQuery,
  CreateConnector,
  SetupOptionsQuery,
  UpdateConnector,
} from '../graphql/connector-setup';
import { useDirty } from './useDirty';
import { errorCode, errorMessage, fieldIssues, type FieldIssue } from './errors';
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
  const { dirty, markClean } = useDirty(form);
  watch(
    () => loaded.result.value?.connector,
    (c) => {
      if (!c) return;
      form.value = fromConnector(c);
      markClean();
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

  /** Saves (and publishes when asked): the connector's id, or null with the errors shown. */
  async function save(publish: boolean): Promise<string | null> {
    serverIssues.value = [];
    saveError.value = '';
    try {
      const input = toInput(form.value);
      const res = id.value
        ? (await update.mutate({ id: id.value, input, publish }))?.data?.updateConnector
        : (await create.mutate({ input, publish }))?.data?.createConnector;
      if (!res) throw new Error('Saving failed');
      markClean();
      return res.id;
    } catch (e) {
      const message = errorMessage(e, 'Saving failed');
      const issues = fieldIssues(e);
      // A taken name comes back as CONFLICT without fields: it belongs to the Name field.
      if (!issues.length && errorCode(e) === 'CONFLICT' && /name/i.test(message)) {
        issues.push({ path: 'name', message });
      }
      serverIssues.value = issues;
      saveError.value = message;
      return null;
    }
  }

  return {
    form,
    loading: computed(() => loaded.loading.value),
    notFound: computed(
      () => !!id.value && !loaded.loading.value && loaded.result.value?.connector === null,
    ),
    loadError: loaded.error,
    dirty,
    published: computed(() => loaded.result.value?.connector?.published ?? false),
    /** The loaded connector as tiles know it (live pause word). */
    summary: computed(() => {
      const c = loaded.result.value?.connector;
      return c ? [{ id: c.id, name: c.name, pausedReason: c.pausedReason ?? null }] : undefined;
    }),
    /** Signing as saved (the secret's dates); null for a new connector. */
    signing: computed(() => loaded.result.value?.connector?.signing ?? null),
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
