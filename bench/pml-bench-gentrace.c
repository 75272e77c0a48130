/* pml-bench-gentrace.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <stdlib.h>
#include <glib.h>

/* Writes a valid synthetic trace of N requests to stdout: mostly small
 * blocks skewed towards small sizes, a few raw ones, calloc and realloc,
 * and a live set that swells and shrinks so that pools and arenas empty
 * and fill again. Block tokens are unique while live. */

#define SEED 20261124

static guint64
pick_size (GRand *rand)
{
  int dice = g_rand_int_range (rand, 0, 100);

  if (dice < 2)
    return 0;
  if (dice < 5)
    return g_rand_int_range (rand, 513, 4096);
  if (dice < 60)
    return g_rand_int_range (rand, 1, 65);
  return g_rand_int_range (rand, 1, 513);
}

int
main (int   argc,
      char *argv[])
{
  guint64 n_requests = argc > 1 ? g_ascii_strtoull (argv[1], NULL, 10) : 2000000;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GArray) live = g_array_new (FALSE, FALSE, sizeof (guint64));
  guint64 next_token = 0x10;
  guint64 peak = 200000;
  gboolean growing = TRUE;

  printf ("pymemlab-trace 1\npreset cpython-3.11\n# synthetic benchmark trace, seed %d\n", SEED);
  for (guint64 i = 0; i < n_requests; i++)
    {
      gboolean grow;

      if (growing && live->len >= peak)
        growing = FALSE;
      else if (!growing && live->len < peak / 20)
        growing = TRUE;
      grow = live->len == 0 || g_rand_int_range (rand, 0, 100) < (growing ? 70 : 30);

      if (grow)
        {
          guint64 token = next_token;

          next_token += 0x10;
          if (g_rand_int_range (rand, 0, 100) < 5)
            printf ("c %" G_GINT64_MODIFIER "x %d 8\n", token, g_rand_int_range (rand, 1, 64));
          else
            printf ("m %" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT "\n", token, pick_size (rand));
          g_array_append_val (live, token);
        }
      else
        {
          guint index = g_rand_int_range (rand, 0, live->len);
          guint64 *token = &g_array_index (live, guint64, index);

          if (g_rand_int_range (rand, 0, 100) < 10)
            {
              printf ("r %" G_GINT64_MODIFIER "x %" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT "\n",
                      *token, next_token, pick_size (rand));
              *token = next_token;
              next_token += 0x10;
            }
          else
            {
              printf ("f %" G_GINT64_MODIFIER "x\n", *token);
              g_array_remove_index_fast (live, index);
            }
        }
    }

  return EXIT_SUCCESS;
}
