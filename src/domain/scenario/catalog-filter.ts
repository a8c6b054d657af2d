import type { Competency } from './schema.ts';

/** What the scenario list shows of each scenario. */
export interface ScenarioListItem {
  id: string;
  title: string;
  difficulty: number;
  summary: string;
  competencies: Competency[];
}

/** The list filters a trainee can choose; absent means "any". */
export interface ScenarioFilter {
  difficulty?: number | undefined;
  competency?: string | undefined;
}

/** Reads filters from query parameters, ignoring values that are not valid choices. */
export function parseScenarioFilter(params: URLSearchParams): ScenarioFilter {
  const level = Number(params.get('level'));
  const competency = params.get('competency') ?? undefined;
  return {
    difficulty: Number.isInteger(level) && level >= 1 && level <= 5 ? level : undefined,
    competency: competency || undefined,
  };
}

/** Scenarios matching the filter, easiest first, then by title. */
export function filterScenarios(items: readonly ScenarioListItem[], filter: ScenarioFilter): ScenarioListItem[] {
  return items
    .filter((s) => filter.difficulty === undefined || s.difficulty === filter.difficulty)
    .filter((s) => filter.competency === undefined || (s.competencies as string[]).includes(filter.competency))
    .sort((a, b) => a.difficulty - b.difficulty || a.title.localeCompare(b.title));
}
