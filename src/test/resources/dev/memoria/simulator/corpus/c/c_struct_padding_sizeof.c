#include <stdio.h>

struct Mixed {
    char tag;
    int count;
    char flag;
};

struct WithDouble {
    char c;
    double d;
};

struct Packed {
    int a;
    int b;
    char c;
    char d;
};

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("%zu %zu %zu\n", sizeof(struct Mixed), sizeof(struct WithDouble), sizeof(struct Packed));
    printf("%zu %zu %zu %zu\n", sizeof(char), sizeof(int), sizeof(long), sizeof(size_t));
    printf("%zu %zu %zu\n", sizeof(double), sizeof(char *), sizeof(int[5]));
    return 0;
}
