/** What a trend renderer needs besides the trend: the width terminal text wraps to. */
export interface TrendContext {
  width?: number;
}
