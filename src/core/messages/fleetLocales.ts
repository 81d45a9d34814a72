/**
 * The wording of `FleetIssueSummary` in the kit's nine languages. It lives here, not in the
 * locale packs: each pack is held to 2 kB gzip (size-limit) and was at its ceiling, and only an
 * app that renders the summary should pay for these words (this module is tree-shaken with it).
 * A pack's own `fleet` wins (an app's language, or its own words).
 *
 * Counted texts follow `Intl.PluralRules`; `other` stands in for a category left out (French,
 * Spanish and Italian `many`, used from a million, reads `other`). Arabic puts the verb first, so
 * it agrees with every count, and says the count with `{cars}` (one, two, few and other forms).
 */
import type { FleetStrings, LocalePack } from './LocalePack';

const en: FleetStrings = {
  title: 'Vehicles with problems',
  empty: 'No problems right now.',
  groups: {
    reconnect: { one: '{count} car needs reconnecting', other: '{count} cars need reconnecting' },
    billing: {
      one: '{count} car is blocked by billing',
      other: '{count} cars are blocked by billing',
    },
    'open-url': {
      one: '{count} car needs attention in the carmaker’s app',
      other: '{count} cars need attention in the carmaker’s app',
    },
    'contact-support': {
      one: '{count} car needs help from support',
      other: '{count} cars need help from support',
    },
    retry: {
      one: '{count} car can’t be reached right now',
      other: '{count} cars can’t be reached right now',
    },
    none: {
      one: '{count} car has a problem the app can’t fix',
      other: '{count} cars have a problem the app can’t fix',
    },
  },
  more: { other: '{count} more' },
  showMore: 'Show more',
  showFewer: 'Show fewer',
};

const fr: FleetStrings = {
  title: 'Véhicules avec un problème',
  empty: 'Aucun problème pour le moment.',
  groups: {
    reconnect: { one: '{count} voiture à reconnecter', other: '{count} voitures à reconnecter' },
    billing: {
      one: '{count} voiture bloquée par la facturation',
      other: '{count} voitures bloquées par la facturation',
    },
    'open-url': {
      one: '{count} voiture demande une action dans l’app du constructeur',
      other: '{count} voitures demandent une action dans l’app du constructeur',
    },
    'contact-support': {
      one: '{count} voiture à signaler à l’assistance',
      other: '{count} voitures à signaler à l’assistance',
    },
    retry: {
      one: '{count} voiture injoignable pour le moment',
      other: '{count} voitures injoignables pour le moment',
    },
    none: {
      one: '{count} voiture a un problème que l’app ne peut pas résoudre',
      other: '{count} voitures ont un problème que l’app ne peut pas résoudre',
    },
  },
  more: { one: '{count} autre', other: '{count} autres' },
  showMore: 'Afficher plus',
  showFewer: 'Afficher moins',
};

const de: FleetStrings = {
  title: 'Fahrzeuge mit Problemen',
  empty: 'Derzeit keine Probleme.',
  groups: {
    reconnect: {
      one: '{count} Auto muss neu verbunden werden',
      other: '{count} Autos müssen neu verbunden werden',
    },
    billing: {
      one: '{count} Auto ist durch die Abrechnung gesperrt',
      other: '{count} Autos sind durch die Abrechnung gesperrt',
    },
    'open-url': {
      one: '{count} Auto braucht eine Aktion in der Hersteller-App',
      other: '{count} Autos brauchen eine Aktion in der Hersteller-App',
    },
    'contact-support': {
      one: '{count} Auto braucht Hilfe vom Support',
      other: '{count} Autos brauchen Hilfe vom Support',
    },
    retry: {
      one: '{count} Auto ist gerade nicht erreichbar',
      other: '{count} Autos sind gerade nicht erreichbar',
    },
    none: {
      one: '{count} Auto hat ein Problem, das die App nicht lösen kann',
      other: '{count} Autos haben ein Problem, das die App nicht lösen kann',
    },
  },
  more: { other: '{count} weitere' },
  showMore: 'Mehr anzeigen',
  showFewer: 'Weniger anzeigen',
};

const es: FleetStrings = {
  title: 'Vehículos con problemas',
  empty: 'Ningún problema por ahora.',
  groups: {
    reconnect: {
      one: '{count} coche necesita reconectarse',
      other: '{count} coches necesitan reconectarse',
    },
    billing: {
      one: '{count} coche está bloqueado por la facturación',
      other: '{count} coches están bloqueados por la facturación',
    },
    'open-url': {
      one: '{count} coche requiere una acción en la app del fabricante',
      other: '{count} coches requieren una acción en la app del fabricante',
    },
    'contact-support': {
      one: '{count} coche necesita ayuda del soporte',
      other: '{count} coches necesitan ayuda del soporte',
    },
    retry: {
      one: '{count} coche no responde por ahora',
      other: '{count} coches no responden por ahora',
    },
    none: {
      one: '{count} coche tiene un problema que la app no puede resolver',
      other: '{count} coches tienen un problema que la app no puede resolver',
    },
  },
  more: { other: '{count} más' },
  showMore: 'Mostrar más',
  showFewer: 'Mostrar menos',
};

const it: FleetStrings = {
  title: 'Veicoli con problemi',
  empty: 'Nessun problema al momento.',
  groups: {
    // "auto" does not change in the plural; the participles and verbs do.
    reconnect: { other: '{count} auto da ricollegare' },
    billing: {
      one: '{count} auto è bloccata dalla fatturazione',
      other: '{count} auto sono bloccate dalla fatturazione',
    },
    'open-url': {
      one: '{count} auto richiede un’azione nell’app del costruttore',
      other: '{count} auto richiedono un’azione nell’app del costruttore',
    },
    'contact-support': { other: '{count} auto da segnalare all’assistenza' },
    retry: {
      one: '{count} auto non è raggiungibile ora',
      other: '{count} auto non sono raggiungibili ora',
    },
    none: {
      one: '{count} auto ha un problema che l’app non può risolvere',
      other: '{count} auto hanno un problema che l’app non può risolvere',
    },
  },
  more: { one: '{count} altra', other: '{count} altre' },
  showMore: 'Mostra di più',
  showFewer: 'Mostra meno',
};

const nl: FleetStrings = {
  title: 'Voertuigen met problemen',
  empty: 'Op dit moment geen problemen.',
  groups: {
    reconnect: {
      one: '{count} auto moet opnieuw verbonden worden',
      other: '{count} auto’s moeten opnieuw verbonden worden',
    },
    billing: {
      one: '{count} auto is geblokkeerd door de facturatie',
      other: '{count} auto’s zijn geblokkeerd door de facturatie',
    },
    'open-url': {
      one: '{count} auto vraagt actie in de app van de fabrikant',
      other: '{count} auto’s vragen actie in de app van de fabrikant',
    },
    'contact-support': {
      one: '{count} auto heeft hulp van support nodig',
      other: '{count} auto’s hebben hulp van support nodig',
    },
    retry: {
      one: '{count} auto is nu niet bereikbaar',
      other: '{count} auto’s zijn nu niet bereikbaar',
    },
    none: {
      one: '{count} auto heeft een probleem dat de app niet kan oplossen',
      other: '{count} auto’s hebben een probleem dat de app niet kan oplossen',
    },
  },
  more: { other: 'nog {count}' },
  showMore: 'Meer tonen',
  showFewer: 'Minder tonen',
};

const sv: FleetStrings = {
  title: 'Fordon med problem',
  empty: 'Inga problem just nu.',
  groups: {
    reconnect: {
      one: '{count} bil behöver anslutas igen',
      other: '{count} bilar behöver anslutas igen',
    },
    billing: {
      one: '{count} bil blockeras av faktureringen',
      other: '{count} bilar blockeras av faktureringen',
    },
    'open-url': {
      one: '{count} bil kräver en åtgärd i tillverkarens app',
      other: '{count} bilar kräver en åtgärd i tillverkarens app',
    },
    'contact-support': {
      one: '{count} bil behöver hjälp från supporten',
      other: '{count} bilar behöver hjälp från supporten',
    },
    retry: {
      one: '{count} bil går inte att nå just nu',
      other: '{count} bilar går inte att nå just nu',
    },
    none: {
      one: '{count} bil har ett problem som appen inte kan lösa',
      other: '{count} bilar har ett problem som appen inte kan lösa',
    },
  },
  more: { other: '{count} till' },
  showMore: 'Visa fler',
  showFewer: 'Visa färre',
};

const nb: FleetStrings = {
  title: 'Kjøretøy med problemer',
  empty: 'Ingen problemer akkurat nå.',
  groups: {
    reconnect: {
      one: '{count} bil må kobles til på nytt',
      other: '{count} biler må kobles til på nytt',
    },
    billing: {
      one: '{count} bil er sperret av faktureringen',
      other: '{count} biler er sperret av faktureringen',
    },
    'open-url': {
      one: '{count} bil krever en handling i bilprodusentens app',
      other: '{count} biler krever en handling i bilprodusentens app',
    },
    'contact-support': {
      one: '{count} bil trenger hjelp fra kundestøtte',
      other: '{count} biler trenger hjelp fra kundestøtte',
    },
    retry: {
      one: '{count} bil kan ikke nås akkurat nå',
      other: '{count} biler kan ikke nås akkurat nå',
    },
    none: {
      one: '{count} bil har et problem appen ikke kan løse',
      other: '{count} biler har et problem appen ikke kan løse',
    },
  },
  more: { other: '{count} til' },
  showMore: 'Vis flere',
  showFewer: 'Vis færre',
};

const ar: FleetStrings = {
  title: 'مركبات بها مشكلات',
  empty: 'لا توجد مشكلات الآن.',
  cars: { one: 'سيارة واحدة', two: 'سيارتان', few: '{count} سيارات', other: '{count} سيارة' },
  groups: {
    reconnect: { other: 'تحتاج {cars} إلى إعادة الربط' },
    billing: { other: 'تتوقف {cars} بسبب الفوترة' },
    'open-url': { other: 'تحتاج {cars} إلى إجراء في تطبيق الصانع' },
    'contact-support': { other: 'تحتاج {cars} إلى مساعدة الدعم' },
    retry: { other: 'لا تستجيب {cars} الآن' },
    none: { other: 'تواجه {cars} مشكلة لا يحلها التطبيق' },
  },
  more: {
    one: 'سيارة أخرى',
    two: 'سيارتان أخريان',
    few: '{count} سيارات أخرى',
    other: '{count} سيارة أخرى',
  },
  showMore: 'عرض المزيد',
  showFewer: 'عرض أقل',
};

/** The built-in wording by language subtag. */
export const FLEET_LOCALES: Readonly<Record<string, FleetStrings>> = {
  en,
  fr,
  de,
  es,
  it,
  nl,
  sv,
  nb,
  ar,
};

const RESOLVED = /* @__PURE__ */ new WeakMap<LocalePack, FleetStrings>();

/**
 * The fleet wording for a locale pack (as `resolveLocalePack` chose it): the pack's own `fleet`
 * over the built-in wording of its language, else English. Cached per pack; never throws.
 */
export function fleetStringsFor(pack: LocalePack): FleetStrings {
  let strings = RESOLVED.get(pack);
  if (strings === undefined) {
    const language = pack.locale.toLowerCase().split('-')[0] as string;
    const builtIn = (Object.hasOwn(FLEET_LOCALES, language) && FLEET_LOCALES[language]) || en;
    strings = withOwn(builtIn, pack);
    RESOLVED.set(pack, strings);
  }
  return strings;
}

/** `builtIn` with the pack's own `fleet` over it, field by field (an app's pack is untyped). */
function withOwn(builtIn: FleetStrings, pack: LocalePack): FleetStrings {
  try {
    const own: unknown = pack.fleet;
    if (typeof own !== 'object' || own === null) return builtIn;
    const { groups, ...rest } = own as Partial<FleetStrings>;
    return {
      ...builtIn,
      ...rest,
      groups: { ...builtIn.groups, ...(typeof groups === 'object' ? groups : undefined) },
    };
  } catch {
    return builtIn;
  }
}
