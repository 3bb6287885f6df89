import { badInput, type FieldIssue } from './errors.js';

export interface PageArgs {
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalCount: number;
  pageCount: number;
}

export function checkPage({ page, pageSize }: PageArgs, maxPageSize = 100): void {
  const fields: FieldIssue[] = [];
  if (!Number.isInteger(page) || page < 1)
    fields.push({ path: 'page', message: 'Page must be 1 or more' });
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) {
    fields.push({ path: 'pageSize', message: `Page size must be between 1 and ${maxPageSize}` });
  }
  if (fields.length) throw badInput(fields);
}

export function pageOf<T>(items: T[], totalCount: number, { page, pageSize }: PageArgs): Page<T> {
  return { items, page, pageSize, totalCount, pageCount: Math.ceil(totalCount / pageSize) };
}
