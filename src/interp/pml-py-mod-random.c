/* pml-py-mod-random.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-module-table.h"
#include "pml-py-type.h"

/* The _random module, as CPython 3.11's Modules/_randommodule.c: the
 * _random.Random type, a Mersenne Twister (MT19937, Matsumoto and
 * Nishimura's reference algorithm) seeded exactly as CPython seeds it, so
 * that lib/random.py, which subclasses it as random.py does, draws the
 * very numbers python3.11 draws. Bundled modules only may import it. */

void pml_instance_dealloc (PmlObj *o);

#define MT_N 624
#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfU
#define MT_UPPER_MASK 0x80000000U
#define MT_LOWER_MASK 0x7fffffffU

/* what CPython's RandomObject holds after its header; the object itself
   is sized as CPython's (the type's basicsize), this is the host's copy */
typedef struct
{
  int     index;
  guint32 state[MT_N];
} Twister;

/* ---- the generator ---- */

static void
init_genrand (Twister *mt, guint32 s)
{
  mt->state[0] = s;
  for (int i = 1; i < MT_N; i++)
    mt->state[i] = 1812433253U * (mt->state[i - 1] ^ (mt->state[i - 1] >> 30)) + (guint32) i;
  mt->index = MT_N;
}

/* a seed of any length, as 32-bit words */
static void
init_by_array (Twister *mt, const guint32 *key, gsize key_length)
{
  guint32 *s = mt->state;
  gsize i = 1, j = 0;

  init_genrand (mt, 19650218U);
  for (gsize k = MAX (MT_N, key_length); k > 0; k--)
    {
      s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) * 1664525U)) + key[j] + (guint32) j;
      i++;
      j++;
      if (i >= MT_N)
        {
          s[0] = s[MT_N - 1];
          i = 1;
        }
      if (j >= key_length)
        j = 0;
    }
  for (gsize k = MT_N - 1; k > 0; k--)
    {
      s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) * 1566083941U)) - (guint32) i;
      i++;
      if (i >= MT_N)
        {
          s[0] = s[MT_N - 1];
          i = 1;
        }
    }
  s[0] = 0x80000000U;   /* a non-zero initial state */
}

static guint32
twist (guint32 upper, guint32 lower, guint32 far)
{
  guint32 y = (upper & MT_UPPER_MASK) | (lower & MT_LOWER_MASK);

  return far ^ (y >> 1) ^ ((y & 1U) ? MT_MATRIX_A : 0U);
}

static guint32
genrand_uint32 (Twister *mt)
{
  guint32 *s = mt->state, y;

  if (mt->index >= MT_N)
    {
      int k;

      for (k = 0; k < MT_N - MT_M; k++)
        s[k] = twist (s[k], s[k + 1], s[k + MT_M]);
      for (; k < MT_N - 1; k++)
        s[k] = twist (s[k], s[k + 1], s[k + (MT_M - MT_N)]);
      s[MT_N - 1] = twist (s[MT_N - 1], s[0], s[MT_M - 1]);
      mt->index = 0;
    }
  /* tempering */
  y = s[mt->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

/* ---- seeding ---- */

static void
seed_from_entropy (Twister *mt)
{
  guint32 key[MT_N];

  for (guint i = 0; i < MT_N; i++)
    key[i] = g_random_int ();
  init_by_array (mt, key, MT_N);
}

/* the generator of a Random object, made (and seeded from entropy, as
   CPython's __new__ does) at its first use */
static Twister *
twister_of (PmlObj *self)
{
  if (self->u.inst.native == NULL)
    {
      self->u.inst.native = g_new0 (Twister, 1);
      seed_from_entropy (self->u.inst.native);
    }
  return self->u.inst.native;
}

/* random_seed: None draws from entropy; an int seeds with the 32-bit
   words of its absolute value; anything else with its hash */
static gboolean
seed_twister (Twister *mt, PmlObj *arg)
{
  PmlBigint *big;
  g_autofree guint32 *key = NULL;
  gsize n;

  if (arg == NULL || arg == NONE)
    {
      seed_from_entropy (mt);
      return TRUE;
    }
  if (arg->kind == K_INT || arg->kind == K_BOOL)
    {
      PmlBigint *b = pml_int_as_big (arg);

      big = pml_bigint_abs (b);
      pml_bigint_free (b);
    }
  else
    {
      gboolean ok;
      gint64 h = pml_hash (arg, &ok);

      if (!ok)
        return FALSE;
      /* the hash as a size_t */
      if (h >= 0)
        big = pml_bigint_from_i64 (h);
      else
        {
          guint32 w[2] = { (guint32) (guint64) h, (guint32) ((guint64) h >> 32) };

          big = pml_bigint_from_words32 (w, 2);
        }
    }
  key = pml_bigint_to_words32 (big, &n);
  pml_bigint_free (big);
  init_by_array (mt, key, n);
  return TRUE;
}

/* ---- methods ---- */

static gboolean
check_self (PmlObj *self, const char *name)
{
  if (self == NULL || !pml_type_is_subtype (self->type, TYPE (T_RANDOM)))
    {
      pml_err_set (T_TYPE_ERROR, "descriptor '%s' requires a '_random.Random' object but received a '%s'",
                   name, self != NULL ? pml_type_name (self) : "NoneType");
      return FALSE;
    }
  return TRUE;
}

#define RANDOM_SELF(name) G_STMT_START { \
  if (self == NULL) \
    { \
      if (nargs == 0) \
        return pml_err_set (T_TYPE_ERROR, "unbound method %s() needs an argument", name); \
      self = args[0]; args++; nargs--; \
    } \
  if (!check_self (self, name)) \
    return NULL; } G_STMT_END

/* random(): 53 random bits, as a float in [0, 1) */
static PmlObj *
random_random (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  Twister *mt;
  guint32 a, b;

  RANDOM_SELF ("random");
  NO_KW ("random");
  NARGS ("random", 0, 0);
  mt = twister_of (self);
  a = genrand_uint32 (mt) >> 5;
  b = genrand_uint32 (mt) >> 6;
  return pml_float_new ((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static PmlObj *
random_seed (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  RANDOM_SELF ("seed");
  NO_KW ("seed");
  NARGS ("seed", 0, 1);
  if (!seed_twister (twister_of (self), nargs > 0 ? args[0] : NULL))
    return NULL;
  return pml_incref (NONE);
}

/* getrandbits(k): an int of k random bits, the first word drawn the least
   significant, a short last word taken from its high bits */
static PmlObj *
random_getrandbits (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  Twister *mt;
  g_autofree guint32 *words = NULL;
  gint64 k;
  gsize n;

  RANDOM_SELF ("getrandbits");
  NO_KW ("getrandbits");
  NARGS ("getrandbits", 1, 1);
  if (!pml_index_value (args[0], &k))
    return NULL;
  if (k < 0)
    return pml_err_set (T_VALUE_ERROR, "number of bits must be non-negative");
  if (k == 0)
    return pml_int_new (0);
  mt = twister_of (self);
  if (k <= 32)
    return pml_int_new (genrand_uint32 (mt) >> (32 - k));
  n = (gsize) ((k - 1) / 32 + 1);
  words = g_new (guint32, n);
  for (gsize i = 0; i < n; i++, k -= 32)
    {
      guint32 r = genrand_uint32 (mt);

      if (k < 32)
        r >>= 32 - k;
      words[i] = r;
    }
  return pml_int_from_big (pml_bigint_from_words32 (words, n));
}

/* getstate(): the 624 words and the index, as a tuple */
static PmlObj *
random_getstate (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  Twister *mt;
  PmlObj *t;

  RANDOM_SELF ("getstate");
  NO_KW ("getstate");
  NARGS ("getstate", 0, 0);
  mt = twister_of (self);
  t = pml_tuple_new (MT_N + 1);
  if (t == NULL)
    return NULL;
  for (gsize i = 0; i < MT_N; i++)
    {
      PmlObj *v = pml_int_new (mt->state[i]);

      if (v == NULL)
        {
          pml_decref (t);
          return NULL;
        }
      t->u.t.items[i] = v;
    }
  t->u.t.items[MT_N] = pml_int_new (mt->index);
  if (t->u.t.items[MT_N] == NULL)
    PML_CLEAR (t);
  return t;
}

static PmlObj *
random_setstate (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *state;
  Twister next;
  gint64 v;

  RANDOM_SELF ("setstate");
  NO_KW ("setstate");
  NARGS ("setstate", 1, 1);
  state = args[0];
  if (state->kind != K_TUPLE)
    return pml_err_set (T_TYPE_ERROR, "state vector must be a tuple");
  if (state->u.t.n != MT_N + 1)
    return pml_err_set (T_VALUE_ERROR, "state vector is the wrong size");
  for (gsize i = 0; i < MT_N; i++)
    {
      PmlObj *item = state->u.t.items[i];

      if (item->kind != K_INT && item->kind != K_BOOL)
        return pml_err_set (T_TYPE_ERROR, "an integer is required (got type %s)", pml_type_name (item));
      if (!pml_int_as_i64 (item, &v) || v < 0 || v > G_MAXUINT32)
        return pml_err_set (T_OVERFLOW_ERROR, "Python int too large to convert to C unsigned long");
      next.state[i] = (guint32) v;
    }
  if (!pml_index_value (state->u.t.items[MT_N], &v))
    return NULL;
  if (v < 0 || v > MT_N)
    return pml_err_set (T_VALUE_ERROR, "invalid state");
  next.index = (int) v;
  *twister_of (self) = next;
  return pml_incref (NONE);
}

static const PmlMethodDef random_methods[] = {
  { "random", random_random },
  { "seed", random_seed },
  { "getstate", random_getstate },
  { "setstate", random_setstate },
  { "getrandbits", random_getrandbits },
  { NULL, NULL },
};

/* ---- the type ---- */

/* _random.Random(x): seeded from x (or entropy) at once */
static PmlObj *
random_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *o;

  NO_KW ("Random");
  if (nargs > 1)
    return pml_err_set (T_TYPE_ERROR, "Random() expected at most 1 argument, got %zu", nargs);
  o = pml_obj_new (type, K_INSTANCE, pml_obj_presize (type) + type->u.ty.basicsize, FALSE);
  if (o == NULL)
    return NULL;
  o->u.inst.native = g_new0 (Twister, 1);
  if (!seed_twister (o->u.inst.native, nargs > 0 ? args[0] : NULL))
    PML_CLEAR (o);
  return o;
}

static gboolean
random_dealloc (PmlObj *o)
{
  pml_instance_dealloc (o);
  return TRUE;
}

static void
random_free_host (PmlObj *o)
{
  g_clear_pointer (&o->u.inst.native, g_free);
}

const PmlTypeSlots pml_random_slots = {
  .repr = pml_object_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_generic_getattr,
  .setattro = pml_object_generic_setattr,
  .new_instance = random_new,
  .methods = random_methods,
  .dealloc = random_dealloc,
  .free_host = random_free_host,
  .flags = PML_TPFLAGS_BASETYPE,
};

/* ---- the module ---- */

/* _sha512(data): the SHA-512 digest of a str's UTF-8 or of bytes, for
   Random.seed's version 2 (CPython's random.py takes it from _sha512) */
static PmlObj *
random_sha512 (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA512);
  guint8 digest[64];
  gsize len = sizeof digest;
  PmlObj *data;

  (void) self;
  NO_KW ("_sha512");
  NARGS ("_sha512", 1, 1);
  data = args[0];
  if (data->kind == K_STR)
    g_checksum_update (sum, (const guchar *) data->u.s.s, (gssize) data->u.s.nbytes);
  else if (data->kind == K_BYTES || data->kind == K_BYTEARRAY)
    g_checksum_update (sum, data->u.b.data, (gssize) data->u.b.len);
  else
    return pml_err_set (T_TYPE_ERROR, "object supporting the buffer API required");
  g_checksum_get_digest (sum, digest, &len);
  return pml_bytes_new (digest, len);
}

PmlObj *
pml_module_make__random (void)
{
  PmlObj *m = pml_module_new_imported ("_random");
  PmlObj *f;

  if (m == NULL)
    return NULL;
  pml_dict_set_str (m->u.mod.dict, "Random", TYPE (T_RANDOM));
  f = pml_builtin_new ("_sha512", random_sha512, m);
  pml_dict_set_str (m->u.mod.dict, "_sha512", f);
  pml_decref (f);
  return m;
}
