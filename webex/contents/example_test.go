package contents_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path"
	"path/filepath"

	"github.com/gowebex/sdk/internal/emu"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/webextest"
)

// The examples run against the in-memory emulator: with real Webex, build
// the client with webex.NewClient() and a token in WEBEX_ACCESS_TOKEN.

// reportMessage seeds a space holding a message with a file attached.
func reportMessage(srv *webextest.Server, author *webextest.Person) *webextest.Message {
	return srv.PostMessage(author, srv.NewRoom(author, "Reports"), webextest.MessageSpec{
		Text: "This week's report",
		File: &webextest.File{Name: "report.csv", ContentType: "text/csv", Data: []byte("week,status\n48,green\n")},
	})
}

func ExampleService_Download() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	posted := reportMessage(srv, ada)
	dir, err := os.MkdirTemp("", "downloads")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	ctx := context.Background()
	msg, err := client.Messages.Get(ctx, posted.ID)
	if err != nil {
		log.Fatal(err)
	}
	for _, fileURL := range msg.Files {
		f, err := client.Contents.Download(ctx, fileURL)
		var ae *webex.APIError
		if errors.Is(err, webex.ErrLocked) && errors.As(err, &ae) {
			fmt.Println("still being scanned; try again in", ae.RetryAfter)
			continue
		}
		if err != nil {
			log.Fatal(err)
		}
		name := f.Name
		if name == "" {
			name = "download.bin"
		}
		out, err := os.Create(filepath.Join(dir, name)) // Name is a base name
		if err != nil {
			log.Fatal(err)
		}
		n, err := io.Copy(out, f.Body) // streamed, never held in memory
		f.Body.Close()
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("saved", name, f.ContentType, n, "bytes")
	}
	// Output: saved report.csv text/csv 21 bytes
}

func ExampleService_Info() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	posted := reportMessage(srv, ada)

	ctx := context.Background()
	msg, err := client.Messages.Get(ctx, posted.ID)
	if err != nil {
		log.Fatal(err)
	}
	for _, fileURL := range msg.Files {
		info, err := client.Contents.Info(ctx, fileURL) // a HEAD request: nothing is downloaded
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(info.Name, info.ContentType, info.Size)
	}
	// Output: report.csv text/csv 21
}

func ExampleService_DownloadByID() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	contentID := path.Base(reportMessage(srv, ada).Files[0]) // the last element of a file URL

	f, err := client.Contents.DownloadByID(context.Background(), contentID)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Body.Close()
	head := make([]byte, 11)
	n, _ := io.ReadFull(f.Body, head)
	fmt.Printf("%s (%d bytes): %q…\n", f.Name, f.Size, head[:n])
	// Output: report.csv (21 bytes): "week,status"…
}
