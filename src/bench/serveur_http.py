"""Static file server of the benchmark: python3 -m http.server, plus the end of a file from a byte
(Range: bytes=N-), as nginx or any static host answers it; `ventes run --ajouts-seulement` asks for it.
Bodies go out with sendfile(2), as nginx sends them: copied through Python, the 236 MB of the 10 M
file cost the server ~0.1 s of processor time (~0.03 s with sendfile), taken from `ventes` on the same
two cores (a real server runs elsewhere).
Usage: python3 serveur_http.py PORT FOLDER"""
import email.utils
import functools
import os
import re
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

RANGE = re.compile(r"bytes=(\d+)-$")


class Handler(SimpleHTTPRequestHandler):
    def send_head(self):
        path = self.translate_path(self.path)
        match = RANGE.match(self.headers.get("Range", ""))
        if not match or not os.path.isfile(path) or self.not_modified(path):
            return super().send_head()       # whole file, or 304 Not Modified
        size = os.path.getsize(path)
        start = int(match.group(1))
        if start >= size:
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        body = open(path, "rb")
        body.seek(start)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Range", f"bytes {start}-{size - 1}/{size}")
        self.send_header("Content-Length", str(size - start))
        self.send_header("Last-Modified", self.date_time_string(int(os.stat(path).st_mtime)))
        self.end_headers()
        return body

    def copyfile(self, source, outputfile):
        self.wfile.flush()
        self.connection.sendfile(source, offset=source.tell())

    def not_modified(self, path):
        since = self.headers.get("If-Modified-Since")
        if not since:
            return False
        try:
            return email.utils.parsedate_to_datetime(since).timestamp() >= int(os.stat(path).st_mtime)
        except (TypeError, ValueError):
            return False

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port, folder = int(sys.argv[1]), sys.argv[2]
    ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=folder)).serve_forever()
