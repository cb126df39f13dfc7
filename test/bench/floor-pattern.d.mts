export declare const FLOOR_PATTERN: RegExp;
export declare function countFloorMatches(text: string): number;
