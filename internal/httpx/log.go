package httpx

import (
	"log/slog"
)

func levelFor(status int) slog.Level {
	if status >= 500 || status == 429 {
		return slog.LevelWarn
	}
	return slog.LevelDebug
}

// slogAttrs describes a failed call for the logger. It never includes
// headers, so the token cannot leak into logs.
func slogAttrs(endpoint string, e *APIError) []slog.Attr {
	attrs := []slog.Attr{
		slog.String("endpoint", endpoint),
		slog.Int("status", e.StatusCode),
		slog.String("message", e.Message),
		slog.String("trackingId", e.TrackingID),
	}
	if e.RetryAfter > 0 {
		attrs = append(attrs, slog.Duration("retryAfter", e.RetryAfter))
	}
	return attrs
}
