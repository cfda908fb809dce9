#include <stdio.h>

typedef struct {
    int x;
    int y;
} Point;

void move_right(Point *p, int dx) {
    p->x += dx;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    Point p = {1, 2};
    Point q = p; // a copy of the whole struct
    move_right(&p, 10);
    printf("p=(%d,%d) q=(%d,%d)\n", p.x, p.y, q.x, q.y);
    return 0;
}
