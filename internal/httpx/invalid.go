package httpx

import (
	"fmt"

	"github.com/gowebex/sdk/webex/api"
)

// Invalid returns the error for bad input, reported before anything is
// sent. Its text is "webex: <where>: <what>", where is the package the
// caller called ("rooms") or the endpoint, and what names the field, as in
//
//	httpx.Invalid("rooms", "CreateParams.Title is required")
//
// It matches errors.Is(err, api.ErrInvalidInput). format and args are as
// for fmt.Errorf, so %w wraps a cause that errors.Is and errors.As find.
func Invalid(where, format string, args ...any) error {
	cause := fmt.Errorf(format, args...)
	return &inputError{msg: "webex: " + where + ": " + cause.Error(), cause: cause}
}

type inputError struct {
	msg   string
	cause error
}

func (e *inputError) Error() string        { return e.msg }
func (e *inputError) Is(target error) bool { return target == api.ErrInvalidInput }
func (e *inputError) Unwrap() error        { return e.cause }

// errNoClient is the error of a service that is not part of a client: the
// zero value of a service type, or a nil one.
var errNoClient = Invalid("client", "this service is not part of a client; use the services of a webex.Client from webex.NewClient")

// ready reports errNoClient for a nil or zero Client.
func (c *Client) ready() error {
	if c == nil || c.base == nil {
		return errNoClient
	}
	return nil
}
