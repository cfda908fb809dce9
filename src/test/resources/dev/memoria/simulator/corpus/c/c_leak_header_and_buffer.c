#include <stdio.h>
#include <stdlib.h>

typedef struct {
    char *buf;
    size_t cap;
} Buffer;

Buffer *buffer_new(size_t cap) {
    Buffer *b = malloc(sizeof(Buffer));
    b->cap = cap;
    b->buf = calloc(cap, 1);
    return b;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    Buffer *b = buffer_new(32);
    printf("cap %zu\n", b->cap);
    b = NULL; // header: direct leak of 16 bytes; buffer: indirect leak of 32
    return 0;
}
