#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *data;
    size_t len;
} Text;

Text text_new(const char *s) {
    Text t;
    t.len = strlen(s);
    t.data = malloc(t.len + 1);
    memcpy(t.data, s, t.len + 1);
    return t; // the struct is copied out; the heap block stays where it is
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    Text t = text_new("memoria");
    printf("%s %zu %zu\n", t.data, t.len, sizeof t);
    free(t.data);
    return 0;
}
