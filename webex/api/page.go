package api

// Page is one page of a list: its items and the URL of the next page,
// empty on the last page. Services' ListPage methods return it, so that a
// caller can page by hand and resume later from NextURL.
type Page[T any] struct {
	// Items are the page's items, in Webex's order.
	Items []T
	// NextURL is the absolute URL of the next page, from the page's
	// Link: <…>; rel="next" header; empty on the last page. Pass it to
	// the same ListPage to continue.
	NextURL string
}
