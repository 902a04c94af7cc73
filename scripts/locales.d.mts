export const BUILT_IN: string[];
export function localeCodes(): string[];
export function packKeys(en?: object): string[];
export function localeScript(code: string, version: string): string;
export function rightsCodes(): string[];
export function rightsScript(code: string, version: string): string;
