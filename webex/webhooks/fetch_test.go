package webhooks_test

import (
	"context"
	"errors"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/webhooks"
)

type fakeMessages struct {
	calls []string
	err   error
}

func (f *fakeMessages) Get(_ context.Context, id string) (*messages.Message, error) {
	f.calls = append(f.calls, id)
	if f.err != nil {
		return nil, f.err
	}
	return &messages.Message{ID: id, Text: "full text of " + id}, nil
}

type fakeActions struct{ calls []string }

func (f *fakeActions) Get(_ context.Context, id string) (*attachments.Action, error) {
	f.calls = append(f.calls, id)
	return &attachments.Action{ID: id, Type: attachments.TypeSubmit}, nil
}

func TestFetchMessagesFillsFullMessage(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	fm := &fakeMessages{}
	h := newHandler(t, rec, webhooks.FetchMessages(fm))
	body := delivery("msg-7")
	require.Equal(t, http.StatusOK, post(h, body, sign(testSecret, []byte(body))).Code)
	require.Equal(t, 1, rec.count())
	assert.Equal(t, []string{"msg-7"}, fm.calls)
	require.NotNil(t, rec.events[0].FullMessage)
	assert.Equal(t, "full text of msg-7", rec.events[0].FullMessage.Text)
}

func TestFetchMessagesGoneAndFailing(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	fm := &fakeMessages{err: &webex.APIError{StatusCode: 404}}
	h := newHandler(t, rec, webhooks.FetchMessages(fm))
	body := delivery("gone")
	assert.Equal(t, http.StatusOK, post(h, body, sign(testSecret, []byte(body))).Code, "a deleted message is not worth a redelivery")
	require.Equal(t, 1, rec.count())
	assert.Nil(t, rec.events[0].FullMessage)

	fm.err = errors.New("connection refused")
	body = delivery("flaky")
	assert.Equal(t, http.StatusInternalServerError, post(h, body, sign(testSecret, []byte(body))).Code, "a transient failure asks Webex to deliver again")
	assert.Equal(t, 1, rec.count(), "the function is not called without the message")
	fm.err = nil
	assert.Equal(t, http.StatusOK, post(h, body, sign(testSecret, []byte(body))).Code)
	assert.Equal(t, 2, rec.count(), "the redelivery is handled")
}

func TestFetchAttachmentActions(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	fa := &fakeActions{}
	fm := &fakeMessages{}
	h := newHandler(t, rec, webhooks.FetchAttachmentActions(fa), webhooks.FetchMessages(fm))
	body := `{"id":"hook-2","resource":"attachmentActions","event":"created","data":{"id":"act-1","type":"submit","messageId":"msg-1","personId":"p","roomId":"r"}}`
	require.Equal(t, http.StatusOK, post(h, body, sign(testSecret, []byte(body))).Code)
	assert.Equal(t, []string{"act-1"}, fa.calls)
	assert.Empty(t, fm.calls, "only the event's own resource is fetched")
	require.NotNil(t, rec.events[0].FullAction)
	assert.Equal(t, "act-1", rec.events[0].FullAction.ID)
}

func TestFetchSkipsDeletedMessages(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	fm := &fakeMessages{}
	h := newHandler(t, rec, webhooks.FetchMessages(fm))
	body := `{"id":"hook-1","resource":"messages","event":"deleted","data":{"id":"m-del","roomId":"r"}}`
	require.Equal(t, http.StatusOK, post(h, body, sign(testSecret, []byte(body))).Code)
	assert.Empty(t, fm.calls)
	assert.Nil(t, rec.events[0].FullMessage)
}
