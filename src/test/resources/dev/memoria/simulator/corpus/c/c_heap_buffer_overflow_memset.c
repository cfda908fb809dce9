#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int id;
    char name[12];
} Record;

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    Record *r = malloc(sizeof(Record));
    printf("sizeof Record %zu\n", sizeof(Record));
    memset(r, 0, sizeof(Record) + 4);
    free(r);
    return 0;
}
