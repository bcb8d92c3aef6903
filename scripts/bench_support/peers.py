"""The floors scripts/bench measures Rapport against, built from source in its temp folder."""
import os
import subprocess

C_HELLO = r"""
#include <stdio.h>
int main(void) { puts("hello"); return 0; }
"""

SWIFT_HELLO = 'print("hello")\n'

# The bare floor of one journal event: write one line on an O_APPEND descriptor, then fsync.
# Prints each iteration's nanoseconds, one a line.
C_APPEND = r"""
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: append FILE COUNT\n"); return 2; }
    long count = atol(argv[2]);
    int fd = open(argv[1], O_WRONLY | O_APPEND | O_CREAT, 0600);
    if (fd < 0) { perror("open"); return 1; }
    long *ns = calloc((size_t)count, sizeof(long));
    if (!ns) return 1;
    char line[256];
    for (long i = 0; i < count; i++) {
        int n = snprintf(line, sizeof line,
            "{\"at\":\"2022-10-03T14:05:09.123Z\",\"clock\":312.48,\"role\":\"lead\","
            "\"seq\":%ld,\"step\":\"q1\",\"text\":\"note %ld\",\"type\":\"noted\","
            "\"writer\":\"lead\"}\n", i + 1, i);
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        if (write(fd, line, (size_t)n) != n) { perror("write"); return 1; }
        if (fsync(fd) != 0) { perror("fsync"); return 1; }
        clock_gettime(CLOCK_MONOTONIC, &b);
        ns[i] = (b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec);
    }
    close(fd);
    for (long i = 0; i < count; i++) printf("%ld\n", ns[i]);
    return 0;
}
"""

# The parsing floor of lint: libyaml's bare event loop over the file, nothing built.
C_YAML_EVENTS = r"""
#include <stdio.h>
#include <yaml.h>
int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: yaml-events FILE\n"); return 2; }
    FILE *file = fopen(argv[1], "rb");
    if (!file) { perror("fopen"); return 1; }
    yaml_parser_t parser;
    yaml_event_t event;
    if (!yaml_parser_initialize(&parser)) return 1;
    yaml_parser_set_input_file(&parser, file);
    long events = 0;
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "parse error\n"); return 1; }
        events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    fclose(file);
    printf("%ld events\n", events);
    return 0;
}
"""


class Peers:
    """Paths of the built peers: c_hello, swift_hello, append, yaml_events."""

    def __init__(self, folder, swiftc):
        self.folder = folder
        self.c_hello = self._c("hello", C_HELLO)
        self.append = self._c("append", C_APPEND)
        self.yaml_events = self._c("yaml-events", C_YAML_EVENTS, ["-lyaml"])
        source = os.path.join(folder, "hello.swift")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write(SWIFT_HELLO)
        self.swift_hello = os.path.join(folder, "swift-hello")
        self.commands = ["cc -O2 -o hello hello.c", "cc -O2 -o append append.c",
                         "cc -O2 -o yaml-events yaml-events.c -lyaml",
                         "swiftc -O -o swift-hello hello.swift"]
        subprocess.run([swiftc, "-O", "-o", self.swift_hello, source], check=True,
                       stdout=subprocess.DEVNULL)

    def _c(self, name, text, libraries=()):
        source = os.path.join(self.folder, name + ".c")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write(text)
        binary = os.path.join(self.folder, name)
        subprocess.run(["cc", "-O2", "-o", binary, source, *libraries], check=True)
        return binary
