package contents_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	"github.com/gowebex/sdk/webex"
)

func ExampleService_Download() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	msg, err := client.Messages.Get(ctx, "MESSAGE_ID")
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
		out, err := os.Create(filepath.Join(os.TempDir(), name)) // Name is a base name
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
}

func ExampleService_Info() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	msg, err := client.Messages.Get(ctx, "MESSAGE_ID")
	if err != nil {
		log.Fatal(err)
	}
	for _, fileURL := range msg.Files {
		info, err := client.Contents.Info(ctx, fileURL)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(info.Name, info.ContentType, info.Size)
	}
}

func ExampleService_DownloadByID() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	f, err := client.Contents.DownloadByID(context.Background(), "CONTENT_ID")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Body.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f.Body, head)
	fmt.Printf("%s (%d bytes): %q…\n", f.Name, f.Size, head[:n])
}
