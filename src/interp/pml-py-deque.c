/* pml-py-deque.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-subtype.h"

/* collections.deque as CPython 3.11's C type: a doubly linked list of
 * blocks of 64 item slots (528 bytes each, past pymalloc's 512-byte limit,
 * so the raw allocator's), the object itself 216 bytes. A new deque has
 * one block and starts filling at its centre; extend() into an empty one
 * starts at its left edge instead. Blocks freed by pops are kept on the
 * deque (16 at most) for the next ones it needs. Iterators check a state
 * counter every mutation changes. */

#define BLOCKLEN 64
#define CENTER ((BLOCKLEN - 1) / 2)
#define MAXFREEBLOCKS 16
#define BLOCK_BYTES (BLOCKLEN * 8 + 2 * 8)

struct _PmlDequeBlock
{
  PmlObj        *data[BLOCKLEN];
  PmlDequeBlock *leftlink, *rightlink;
  guint64        addr;
};

/* ---- blocks ---- */

static PmlDequeBlock *
block_new (PmlObj *d)
{
  PmlDequeBlock *b;
  guint64 addr;

  if (d->u.dq.nspare > 0)
    return d->u.dq.spare[--d->u.dq.nspare];
  addr = pml_mem_alloc (BLOCK_BYTES);
  if (addr == 0)
    return NULL;
  b = g_new0 (PmlDequeBlock, 1);
  b->addr = addr;
  return b;
}

static void
block_free (PmlObj *d, PmlDequeBlock *b)
{
  if (d->u.dq.nspare < MAXFREEBLOCKS)
    {
      d->u.dq.spare[d->u.dq.nspare++] = b;
      return;
    }
  pml_mem_free (b->addr);
  g_free (b);
}

/* ---- the ends ---- */

static void
pop_right_block (PmlObj *d)
{
  if (d->u.dq.len > 0)
    {
      PmlDequeBlock *prev = d->u.dq.right->leftlink;

      block_free (d, d->u.dq.right);
      prev->rightlink = NULL;
      d->u.dq.right = prev;
      d->u.dq.rightindex = BLOCKLEN - 1;
    }
  else
    {
      /* emptied: back to the centre of the one block */
      d->u.dq.leftindex = CENTER + 1;
      d->u.dq.rightindex = CENTER;
    }
}

static PmlObj *
pop_right (PmlObj *d)
{
  PmlObj *item;

  if (d->u.dq.len == 0)
    return pml_err_set (T_INDEX_ERROR, "pop from an empty deque");
  item = d->u.dq.right->data[d->u.dq.rightindex];
  d->u.dq.rightindex--;
  d->u.dq.len--;
  d->u.dq.state++;
  if (d->u.dq.rightindex < 0)
    pop_right_block (d);
  return item;
}

static PmlObj *
pop_left (PmlObj *d)
{
  PmlObj *item;

  if (d->u.dq.len == 0)
    return pml_err_set (T_INDEX_ERROR, "pop from an empty deque");
  item = d->u.dq.left->data[d->u.dq.leftindex];
  d->u.dq.leftindex++;
  d->u.dq.len--;
  d->u.dq.state++;
  if (d->u.dq.leftindex == BLOCKLEN)
    {
      if (d->u.dq.len > 0)
        {
          PmlDequeBlock *next = d->u.dq.left->rightlink;

          block_free (d, d->u.dq.left);
          next->leftlink = NULL;
          d->u.dq.left = next;
          d->u.dq.leftindex = 0;
        }
      else
        {
          d->u.dq.leftindex = CENTER + 1;
          d->u.dq.rightindex = CENTER;
        }
    }
  return item;
}

/* the item past maxlen goes out of the other end */
static gboolean
needs_trim (PmlObj *d, gint64 maxlen)
{
  return maxlen >= 0 && d->u.dq.len > maxlen;
}

/* takes @item */
static gboolean
append_right (PmlObj *d, PmlObj *item, gint64 maxlen)
{
  if (d->u.dq.rightindex == BLOCKLEN - 1)
    {
      PmlDequeBlock *b = block_new (d);

      if (b == NULL)
        {
          pml_decref (item);
          return FALSE;
        }
      b->leftlink = d->u.dq.right;
      b->rightlink = NULL;
      d->u.dq.right->rightlink = b;
      d->u.dq.right = b;
      d->u.dq.rightindex = -1;
    }
  d->u.dq.len++;
  d->u.dq.rightindex++;
  d->u.dq.right->data[d->u.dq.rightindex] = item;
  if (needs_trim (d, maxlen))
    pml_decref (pop_left (d));
  else
    d->u.dq.state++;
  return TRUE;
}

static gboolean
append_left (PmlObj *d, PmlObj *item, gint64 maxlen)
{
  if (d->u.dq.leftindex == 0)
    {
      PmlDequeBlock *b = block_new (d);

      if (b == NULL)
        {
          pml_decref (item);
          return FALSE;
        }
      b->rightlink = d->u.dq.left;
      b->leftlink = NULL;
      d->u.dq.left->leftlink = b;
      d->u.dq.left = b;
      d->u.dq.leftindex = BLOCKLEN;
    }
  d->u.dq.len++;
  d->u.dq.leftindex--;
  d->u.dq.left->data[d->u.dq.leftindex] = item;
  if (needs_trim (d, maxlen))
    pml_decref (pop_right (d));
  else
    d->u.dq.state++;
  return TRUE;
}

/* deque_clear: the deque is made empty on a new block first, then the
 * old items are released left to right, their blocks freed as they are
 * passed (a release may run code that uses the deque) */
static void
deque_clear (PmlObj *d)
{
  PmlDequeBlock *b, *block;
  gint64 n = d->u.dq.len, index;

  if (n == 0)
    return;
  b = block_new (d);
  if (b == NULL)
    {
      pml_err_clear ();
      while (d->u.dq.len > 0)
        pml_decref (pop_right (d));
      return;
    }
  block = d->u.dq.left;
  index = d->u.dq.leftindex;
  b->leftlink = b->rightlink = NULL;
  d->u.dq.len = 0;
  d->u.dq.left = d->u.dq.right = b;
  d->u.dq.leftindex = CENTER + 1;
  d->u.dq.rightindex = CENTER;
  d->u.dq.state++;
  while (n > 0)
    {
      if (index == BLOCKLEN)
        {
          PmlDequeBlock *done = block;

          block = block->rightlink;
          index = 0;
          block_free (d, done);
        }
      pml_decref (block->data[index++]);
      n--;
    }
  block_free (d, block);
}

/* ---- construction ---- */

static PmlObj *
deque_alloc (PmlObj *type)
{
  PmlObj *d;

  if (type == TYPE (T_DEQUE))
    {
      d = pml_obj_new (type, K_DEQUE, pml_obj_presize (type) + type->u.ty.basicsize, TRUE);
      if (d != NULL)
        pml_gc_track (d);
    }
  else
    d = pml_subtype_alloc (type, 0);
  if (d == NULL)
    return NULL;
  d->u.dq.spare = g_new (PmlDequeBlock *, MAXFREEBLOCKS);
  d->u.dq.maxlen = -1;
  d->u.dq.left = d->u.dq.right = block_new (d);
  if (d->u.dq.left == NULL)
    {
      pml_decref (d);
      return NULL;
    }
  d->u.dq.leftindex = CENTER + 1;
  d->u.dq.rightindex = CENTER;
  return d;
}

PmlObj *
pml_deque_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) args;
  (void) nargs;
  (void) kwnames;
  return deque_alloc (type);
}

static gboolean extend_right (PmlObj *d, PmlObj *iterable);

/* deque_init: deque(iterable=(), maxlen=None) */
PmlObj *
pml_deque_tp_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);
  PmlObj *iterable = npos > 0 ? args[0] : NULL, *maxlen_obj = npos > 1 ? args[1] : NULL;
  gint64 maxlen = -1;

  if (npos > 2)
    return pml_err_set (T_TYPE_ERROR, "deque() takes at most 2 arguments (%zu given)", nargs);
  /* PyArg_ParseTupleAndKeywords looks each keyword up by a str it makes
     for the lookup, until all the keywords given are found */
  {
    static const char *const kwlist[] = { "iterable", "maxlen" };
    gsize left = nargs - npos;

    for (gsize i = npos; i < G_N_ELEMENTS (kwlist) && left > 0; i++)
      {
        PmlObj *probe = pml_str_new (kwlist[i], -1);

        if (probe == NULL)
          return NULL;
        for (gsize k = 0; k < nargs - npos; k++)
          if (strcmp (kwnames->u.t.items[k]->u.s.s, kwlist[i]) == 0)
            left--;
        pml_decref (probe);
      }
  }
  for (gsize i = npos; i < nargs; i++)
    {
      const char *name = kwnames->u.t.items[i - npos]->u.s.s;
      PmlObj **slot = strcmp (name, "iterable") == 0 ? &iterable : strcmp (name, "maxlen") == 0 ? &maxlen_obj : NULL;

      if (slot == NULL)
        return pml_err_set (T_TYPE_ERROR, "'%s' is an invalid keyword argument for deque()", name);
      if (*slot != NULL)
        return pml_err_set (T_TYPE_ERROR, "argument for deque() given by name ('%s') and position (%d)", name,
                            slot == &iterable ? 1 : 2);
      *slot = args[i];
    }
  if (maxlen_obj != NULL && maxlen_obj != NONE)
    {
      if (maxlen_obj->kind != K_INT && maxlen_obj->kind != K_BOOL)
        return pml_err_set (T_TYPE_ERROR, "an integer is required");
      if (!pml_int_as_i64 (maxlen_obj, &maxlen))
        return pml_err_set (T_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
      if (maxlen < 0)
        return pml_err_set (T_VALUE_ERROR, "maxlen must be non-negative");
    }
  self->u.dq.maxlen = maxlen;
  if (self->u.dq.len > 0)
    deque_clear (self);
  if (iterable != NULL && !extend_right (self, iterable))
    return NULL;
  return pml_incref (NONE);
}

static PmlObj *
deque_new_instance (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  return pml_tp_call (type, pml_deque_tp_new, pml_deque_tp_init, args, nargs, kwnames);
}

/* ---- iterators ---- */

static PmlObj *
iter_new (PmlObj *d, gboolean reverse)
{
  PmlObj *type = TYPE (reverse ? T_DEQUE_REVITER : T_DEQUE_ITER);
  PmlObj *it = pml_obj_new (type, K_DEQUE_ITER, pml_obj_presize (type) + type->u.ty.basicsize, TRUE);

  if (it == NULL)
    return NULL;
  it->u.dqit.deque = pml_incref (d);
  it->u.dqit.b = reverse ? d->u.dq.right : d->u.dq.left;
  it->u.dqit.index = reverse ? d->u.dq.rightindex : d->u.dq.leftindex;
  it->u.dqit.counter = d->u.dq.len;
  it->u.dqit.state = d->u.dq.state;
  pml_gc_track (it);
  return it;
}

static PmlObj *
deque_iter (PmlObj *o)
{
  return iter_new (o, FALSE);
}

static PmlObj *
iter_next (PmlObj *it)
{
  PmlObj *d = it->u.dqit.deque, *item;
  gboolean reverse = it->type == TYPE (T_DEQUE_REVITER);

  if (d->u.dq.state != it->u.dqit.state)
    {
      it->u.dqit.counter = 0;
      return pml_err_set (T_RUNTIME_ERROR, "deque mutated during iteration");
    }
  if (it->u.dqit.counter == 0)
    return NULL;
  item = it->u.dqit.b->data[it->u.dqit.index];
  it->u.dqit.counter--;
  if (!reverse)
    {
      if (++it->u.dqit.index == BLOCKLEN && it->u.dqit.counter > 0)
        {
          it->u.dqit.b = it->u.dqit.b->rightlink;
          it->u.dqit.index = 0;
        }
    }
  else if (--it->u.dqit.index < 0 && it->u.dqit.counter > 0)
    {
      it->u.dqit.b = it->u.dqit.b->leftlink;
      it->u.dqit.index = BLOCKLEN - 1;
    }
  return pml_incref (item);
}

static gint64
iter_length_hint (PmlObj *it)
{
  return it->u.dqit.counter;
}

static PmlObj *
m_iter_length_hint (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  (void) kwnames;
  NARGS ("__length_hint__", 0, 0);
  return pml_int_new (self->u.dqit.counter);
}

static const PmlMethodDef iter_methods[] = {
  { "__length_hint__", m_iter_length_hint },
  { NULL, NULL }
};

static PmlObj *
iter_iter (PmlObj *it)
{
  return pml_incref (it);
}

static gboolean
iter_dealloc (PmlObj *it)
{
  PML_CLEAR (it->u.dqit.deque);
  return FALSE;
}

static void
iter_traverse (PmlObj *it, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (it->u.dqit.deque);
}

const PmlTypeSlots pml_deque_iter_slots = {
  .repr = pml_object_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .iter = iter_iter,
  .iternext = iter_next,
  .length_hint = iter_length_hint,
  .methods = iter_methods,
  .dealloc = iter_dealloc,
  .traverse = iter_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

/* ---- extending ---- */

/* takes @it; the iterator's items go to the right (or left) end */
static gboolean
consume (PmlObj *d, PmlObj *it, gboolean left)
{
  PmlObj *item;

  while ((item = pml_iter_next (it)) != NULL)
    if (!(left ? append_left (d, item, d->u.dq.maxlen) : append_right (d, item, d->u.dq.maxlen)))
      {
        pml_decref (it);
        return FALSE;
      }
  pml_decref (it);
  return !pml_err_occurred ();
}

static gboolean
extend (PmlObj *d, PmlObj *iterable, gboolean left)
{
  PmlObj *it;

  if (iterable == d)
    {
      /* from a copy: the deque changes as it is read */
      PmlObj *copy = pml_list_from_iterable (iterable);
      gboolean ok;

      if (copy == NULL)
        return FALSE;
      ok = extend (d, copy, left);
      pml_decref (copy);
      return ok;
    }
  it = pml_iter (iterable);
  if (it == NULL)
    return FALSE;
  if (d->u.dq.maxlen == 0)
    {
      PmlObj *item;

      while ((item = pml_iter_next_owned (it)) != NULL)
        pml_decref (item);
      pml_decref (it);
      return !pml_err_occurred ();
    }
  /* into an empty deque: from the edge of its block, not its centre */
  if (d->u.dq.len == 0)
    {
      d->u.dq.leftindex = left ? BLOCKLEN - 1 : 1;
      d->u.dq.rightindex = left ? BLOCKLEN - 2 : 0;
    }
  return consume (d, it, left);
}

static gboolean
extend_right (PmlObj *d, PmlObj *iterable)
{
  return extend (d, iterable, FALSE);
}

/* ---- rotation ---- */

/* _deque_rotate: n items move from the right end to the left (n < 0:
 * the other way), block by block, without touching reference counts */
static gboolean
rotate (PmlObj *d, gint64 n)
{
  PmlDequeBlock *spare = NULL, *left = d->u.dq.left, *right = d->u.dq.right;
  gint64 leftindex = d->u.dq.leftindex, rightindex = d->u.dq.rightindex;
  gint64 len = d->u.dq.len, half = len >> 1;
  gboolean ok = TRUE;

  if (len <= 1)
    return TRUE;
  if (n > half || n < -half)
    {
      n %= len;
      if (n > half)
        n -= len;
      else if (n < -half)
        n += len;
    }
  d->u.dq.state++;
  while (n > 0 && ok)
    {
      gint64 m = n;

      if (leftindex == 0)
        {
          if (spare == NULL && (spare = block_new (d)) == NULL)
            {
              ok = FALSE;
              break;
            }
          spare->rightlink = left;
          spare->leftlink = NULL;
          left->leftlink = spare;
          left = spare;
          leftindex = BLOCKLEN;
          spare = NULL;
        }
      m = MIN (m, rightindex + 1);
      m = MIN (m, leftindex);
      rightindex -= m;
      leftindex -= m;
      n -= m;
      memcpy (&left->data[leftindex], &right->data[rightindex + 1], (gsize) m * sizeof (PmlObj *));
      if (rightindex < 0)
        {
          spare = right;
          right = right->leftlink;
          right->rightlink = NULL;
          rightindex = BLOCKLEN - 1;
        }
    }
  while (n < 0 && ok)
    {
      gint64 m = -n;

      if (rightindex == BLOCKLEN - 1)
        {
          if (spare == NULL && (spare = block_new (d)) == NULL)
            {
              ok = FALSE;
              break;
            }
          spare->leftlink = right;
          spare->rightlink = NULL;
          right->rightlink = spare;
          right = spare;
          rightindex = -1;
          spare = NULL;
        }
      m = MIN (m, BLOCKLEN - leftindex);
      m = MIN (m, BLOCKLEN - 1 - rightindex);
      memcpy (&right->data[rightindex + 1], &left->data[leftindex], (gsize) m * sizeof (PmlObj *));
      leftindex += m;
      rightindex += m;
      n += m;
      if (leftindex == BLOCKLEN)
        {
          spare = left;
          left = left->rightlink;
          left->leftlink = NULL;
          leftindex = 0;
        }
    }
  if (spare != NULL)
    block_free (d, spare);
  d->u.dq.left = left;
  d->u.dq.right = right;
  d->u.dq.leftindex = leftindex;
  d->u.dq.rightindex = rightindex;
  return ok;
}

/* ---- indexing ---- */

/* the slot of item i (0 <= i < len), walking from the nearer end */
static PmlObj **
slot_at (PmlObj *d, gint64 i)
{
  PmlDequeBlock *b;
  gint64 n, index;

  if (i == 0)
    return &d->u.dq.left->data[d->u.dq.leftindex];
  if (i == d->u.dq.len - 1)
    return &d->u.dq.right->data[d->u.dq.rightindex];
  index = i + d->u.dq.leftindex;
  n = index / BLOCKLEN;
  index %= BLOCKLEN;
  if (i < (d->u.dq.len >> 1))
    {
      b = d->u.dq.left;
      while (n-- > 0)
        b = b->rightlink;
    }
  else
    {
      n = (d->u.dq.leftindex + d->u.dq.len - 1) / BLOCKLEN - n;
      b = d->u.dq.right;
      while (n-- > 0)
        b = b->leftlink;
    }
  return &b->data[index];
}

/* the item's index from a subscript: an int, counted from the end when
   negative; -1 with an error set */
static gint64
item_index (PmlObj *d, PmlObj *key)
{
  gint64 i;

  if (key->kind != K_INT && key->kind != K_BOOL && pml_slots (key)->nb_index == NULL)
    {
      pml_err_set (T_TYPE_ERROR, "sequence index must be integer, not '%s'", pml_type_name (key));
      return -1;
    }
  if (!pml_index_value (key, &i))
    return -1;
  if (i < 0)
    i += d->u.dq.len;
  if (i < 0 || i >= d->u.dq.len)
    {
      pml_err_set (T_INDEX_ERROR, "deque index out of range");
      return -1;
    }
  return i;
}

static PmlObj *
deque_subscript (PmlObj *o, PmlObj *key)
{
  gint64 i = item_index (o, key);

  return i < 0 ? NULL : pml_incref (*slot_at (o, i));
}

/* deque_del_item: rotated to the left end, popped, rotated back */
static gboolean
del_item (PmlObj *d, gint64 i)
{
  PmlObj *item;
  gboolean ok;

  if (!rotate (d, -i))
    return FALSE;
  item = pop_left (d);
  ok = rotate (d, i);
  pml_decref (item);
  return ok;
}

static gboolean
deque_ass_subscript (PmlObj *o, PmlObj *key, PmlObj *v)
{
  gint64 i = item_index (o, key);
  PmlObj **slot;

  if (i < 0)
    return FALSE;
  if (v == NULL)
    return del_item (o, i);
  slot = slot_at (o, i);
  PML_SETREF (*slot, pml_incref (v));
  return TRUE;
}

/* ---- searching ---- */

/* compares the items start..stop with @v, left to right: the index of
   the first equal one, or @stop (every equal one counted in @count when
   @count_all); -1 on an error, or when a comparison changed the deque */
static gint64
search (PmlObj *d, PmlObj *v, gint64 start, gint64 stop, gboolean count_all, gint64 *count,
        const char *mutated_error, PmlTypeId mutated_type)
{
  PmlDequeBlock *b = d->u.dq.left;
  gint64 index = d->u.dq.leftindex;
  guint64 state = d->u.dq.state;

  for (gint64 i = 0; i < start; i++)
    if (++index == BLOCKLEN)
      {
        b = b->rightlink;
        index = 0;
      }
  for (gint64 i = start; i < stop; i++)
    {
      PmlObj *item = pml_incref (b->data[index]);
      int eq = pml_eq (item, v);

      pml_decref (item);
      if (eq < 0)
        return -1;
      if (state != d->u.dq.state)
        {
          pml_err_set (mutated_type, "%s", mutated_error);
          return -1;
        }
      if (eq > 0)
        {
          if (!count_all)
            return i;
          (*count)++;
        }
      if (++index == BLOCKLEN)
        {
          b = b->rightlink;
          index = 0;
        }
    }
  return stop;
}

static int
deque_contains (PmlObj *o, PmlObj *v)
{
  gint64 r = search (o, v, 0, o->u.dq.len, FALSE, NULL, "deque mutated during iteration", T_RUNTIME_ERROR);

  return r < 0 ? -1 : r < o->u.dq.len;
}

static PmlObj *
m_count (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 count = 0;

  METHOD_SELF ();
  NO_KW ("count");
  NARGS ("count", 1, 1);
  if (search (self, args[0], 0, self->u.dq.len, TRUE, &count, "deque mutated during iteration", T_RUNTIME_ERROR) < 0)
    return NULL;
  return pml_int_new (count);
}

static gint64
clamp_bound (gint64 i, gint64 len)
{
  if (i < 0)
    i = MAX (i + len, 0);
  return MIN (i, len);
}

static PmlObj *
m_index (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 start = 0, stop, r;
  g_autoptr(PmlObjTemp) text = NULL;

  METHOD_SELF ();
  NO_KW ("index");
  stop = self->u.dq.len;
  if (nargs < 1 || nargs > 3)
    return pml_err_set (T_TYPE_ERROR, "index expected at least 1 argument, got %zu", nargs);
  if ((nargs > 1 && !pml_index_value (args[1], &start)) || (nargs > 2 && !pml_index_value (args[2], &stop)))
    return NULL;
  start = clamp_bound (start, self->u.dq.len);
  stop = clamp_bound (stop, self->u.dq.len);
  start = MIN (start, stop);
  r = search (self, args[0], start, stop, FALSE, NULL, "deque mutated during iteration", T_RUNTIME_ERROR);
  if (r < 0)
    return NULL;
  if (r < stop)
    return pml_int_new (r);
  text = pml_repr (args[0]);
  return text ? pml_err_set (T_VALUE_ERROR, "%s is not in deque", text->u.s.s) : NULL;
}

static PmlObj *
m_remove (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 r;
  g_autoptr(PmlObjTemp) text = NULL;

  METHOD_SELF ();
  NO_KW ("remove");
  NARGS ("remove", 1, 1);
  r = search (self, args[0], 0, self->u.dq.len, FALSE, NULL, "deque mutated during remove().", T_INDEX_ERROR);
  if (r < 0)
    return NULL;
  if (r < self->u.dq.len)
    return del_item (self, r) ? pml_incref (NONE) : NULL;
  text = pml_repr (args[0]);
  return text ? pml_err_set (T_VALUE_ERROR, "%s is not in deque", text->u.s.s) : NULL;
}

/* ---- methods ---- */

static PmlObj *
m_append (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("append");
  NARGS ("append", 1, 1);
  return append_right (self, pml_incref (args[0]), self->u.dq.maxlen) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_appendleft (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("appendleft");
  NARGS ("appendleft", 1, 1);
  return append_left (self, pml_incref (args[0]), self->u.dq.maxlen) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_pop (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  NO_KW ("pop");
  NARGS ("pop", 0, 0);
  return pop_right (self);
}

static PmlObj *
m_popleft (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  NO_KW ("popleft");
  NARGS ("popleft", 0, 0);
  return pop_left (self);
}

static PmlObj *
m_extend (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("extend");
  NARGS ("extend", 1, 1);
  return extend (self, args[0], FALSE) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_extendleft (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("extendleft");
  NARGS ("extendleft", 1, 1);
  return extend (self, args[0], TRUE) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_clear (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  NO_KW ("clear");
  NARGS ("clear", 0, 0);
  deque_clear (self);
  return pml_incref (NONE);
}

static PmlObj *
m_rotate (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 n = 1;

  METHOD_SELF ();
  NO_KW ("rotate");
  NARGS ("rotate", 0, 1);
  if (nargs == 1 && !pml_index_value (args[0], &n))
    return NULL;
  return rotate (self, n) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_reverse (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlDequeBlock *left, *right;
  gint64 leftindex, rightindex;

  METHOD_SELF ();
  (void) args;
  NO_KW ("reverse");
  NARGS ("reverse", 0, 0);
  left = self->u.dq.left;
  right = self->u.dq.right;
  leftindex = self->u.dq.leftindex;
  rightindex = self->u.dq.rightindex;
  for (gint64 n = self->u.dq.len >> 1; n > 0; n--)
    {
      PmlObj *tmp = left->data[leftindex];

      left->data[leftindex] = right->data[rightindex];
      right->data[rightindex] = tmp;
      if (++leftindex == BLOCKLEN)
        {
          left = left->rightlink;
          leftindex = 0;
        }
      if (--rightindex < 0)
        {
          right = right->leftlink;
          rightindex = BLOCKLEN - 1;
        }
    }
  return pml_incref (NONE);
}

static PmlObj *
m_insert (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 index, n;
  gboolean ok;

  METHOD_SELF ();
  NO_KW ("insert");
  n = self->u.dq.len;
  if (nargs != 2)
    return pml_err_set (T_TYPE_ERROR, "insert expected 2 arguments, got %zu", nargs);
  if (!pml_index_value (args[0], &index))
    return NULL;
  if (self->u.dq.maxlen == n)
    return pml_err_set (T_INDEX_ERROR, "deque already at its maximum size");
  if (index >= n)
    return m_append (self, args + 1, 1, NULL);
  if (index <= -n || index == 0)
    return m_appendleft (self, args + 1, 1, NULL);
  /* the insertion point is brought to an end, then rotated back */
  if (!rotate (self, -index))
    return NULL;
  ok = index < 0 ? append_right (self, pml_incref (args[1]), self->u.dq.maxlen)
                 : append_left (self, pml_incref (args[1]), self->u.dq.maxlen);
  if (!ok || !rotate (self, index))
    return NULL;
  return pml_incref (NONE);
}

/* deque_copy: a plain deque is copied directly, a subclass's instance
   by calling its class */
static PmlObj *
copy_of (PmlObj *self)
{
  PmlObj *r;

  if (self->type == TYPE (T_DEQUE))
    {
      gboolean ok;

      r = deque_alloc (TYPE (T_DEQUE));
      if (r == NULL)
        return NULL;
      r->u.dq.maxlen = self->u.dq.maxlen;
      if (self->u.dq.len == 1)
        ok = append_right (r, pml_incref (self->u.dq.left->data[self->u.dq.leftindex]), r->u.dq.maxlen);
      else
        ok = extend (r, self, FALSE);
      if (!ok)
        PML_CLEAR (r);
      return r;
    }
  if (self->u.dq.maxlen < 0)
    return pml_call_from_c (self->type, &self, 1);
  {
    PmlObj *maxlen = pml_int_new (self->u.dq.maxlen), *argv[2] = { self, maxlen };

    r = pml_call_from_c (self->type, argv, 2);
    pml_decref (maxlen);
    return r;
  }
}

static PmlObj *
m_copy (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  NO_KW ("copy");
  NARGS ("copy", 0, 0);
  return copy_of (self);
}

static PmlObj *
m_reversed (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  NO_KW ("__reversed__");
  NARGS ("__reversed__", 0, 0);
  return iter_new (self, TRUE);
}

/* deque_reduce: (type, () or ((), maxlen), state, an iterator) */
static PmlObj *
m_reduce (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *state, *it, *ctor_args, *r;

  METHOD_SELF ();
  (void) args;
  (void) kwnames;
  NARGS ("__reduce__", 0, 0);
  state = pml_object_state (self);
  if (state == NULL)
    return NULL;
  it = pml_iter (self);
  if (it == NULL)
    {
      pml_decref (state);
      return NULL;
    }
  if (self->u.dq.maxlen < 0)
    ctor_args = pml_incref (VM->empty_tuple);
  else
    {
      PmlObj *maxlen = pml_int_new (self->u.dq.maxlen);

      ctor_args = pml_tuple_pack (2, VM->empty_tuple, maxlen);
      pml_decref (maxlen);
    }
  r = ctor_args ? pml_tuple_pack (4, self->type, ctor_args, state, it) : NULL;
  pml_xdecref (ctor_args);
  pml_decref (state);
  pml_decref (it);
  return r;
}

static const PmlMethodDef deque_methods[] = {
  { "__reduce__", m_reduce },
  { "append", m_append },
  { "appendleft", m_appendleft },
  { "clear", m_clear },
  { "__copy__", m_copy },
  { "copy", m_copy },
  { "count", m_count },
  { "extend", m_extend },
  { "extendleft", m_extendleft },
  { "index", m_index },
  { "insert", m_insert },
  { "pop", m_pop },
  { "popleft", m_popleft },
  { "remove", m_remove },
  { "__reversed__", m_reversed },
  { "reverse", m_reverse },
  { "rotate", m_rotate },
  { NULL, NULL }
};

/* ---- operators ---- */

/* deque_inplace_repeat: one item is copied block by block; more are
   extended from a list of them, n - 1 times (fewer under maxlen) */
static PmlObj *
inplace_repeat (PmlObj *d, gint64 n)
{
  gint64 size = d->u.dq.len;
  PmlObj *items;

  if (size == 0 || n == 1)
    return pml_incref (d);
  if (n <= 0)
    {
      deque_clear (d);
      return pml_incref (d);
    }
  if (size == 1)
    {
      PmlObj *item = d->u.dq.left->data[d->u.dq.leftindex];
      gint64 i = 0;

      if (d->u.dq.maxlen >= 0 && n > d->u.dq.maxlen)
        n = d->u.dq.maxlen;
      d->u.dq.state++;
      while (i < n - 1)
        {
          gint64 m;

          if (d->u.dq.rightindex == BLOCKLEN - 1)
            {
              PmlDequeBlock *b = block_new (d);

              if (b == NULL)
                {
                  d->u.dq.len += i;
                  return NULL;
                }
              b->leftlink = d->u.dq.right;
              b->rightlink = NULL;
              d->u.dq.right->rightlink = b;
              d->u.dq.right = b;
              d->u.dq.rightindex = -1;
            }
          m = MIN (n - 1 - i, BLOCKLEN - 1 - d->u.dq.rightindex);
          i += m;
          while (m-- > 0)
            d->u.dq.right->data[++d->u.dq.rightindex] = pml_incref (item);
        }
      d->u.dq.len += i;
      return pml_incref (d);
    }
  items = pml_list_from_iterable (d);
  if (items == NULL)
    return NULL;
  if (d->u.dq.maxlen >= 0 && n * size > d->u.dq.maxlen)
    n = (d->u.dq.maxlen + size - 1) / size;
  for (gint64 i = 0; i < n - 1; i++)
    if (!extend (d, items, FALSE))
      {
        pml_decref (items);
        return NULL;
      }
  pml_decref (items);
  return pml_incref (d);
}

static PmlObj *
deque_repeat (PmlObj *d, gint64 n)
{
  PmlObj *copy = copy_of (d), *r;

  if (copy == NULL)
    return NULL;
  r = inplace_repeat (copy, n);
  pml_decref (copy);
  return r;
}

static gboolean
is_deque (PmlObj *o)
{
  return pml_type_is_subtype (o->type, TYPE (T_DEQUE));
}

static PmlObj *
deque_concat (PmlObj *a, PmlObj *b)
{
  PmlObj *r;

  if (!is_deque (b))
    return pml_err_set (T_TYPE_ERROR, "can only concatenate deque (not \"%s\") to deque", pml_type_name (b));
  r = copy_of (a);
  if (r != NULL && !extend (r, b, FALSE))
    PML_CLEAR (r);
  return r;
}

/* d += iterable; d *= n */
static PmlObj *
deque_inplace_add (PmlObj *a, PmlObj *b)
{
  if (!is_deque (a))
    return pml_incref (NOTIMPL);
  return extend (a, b, FALSE) ? pml_incref (a) : NULL;
}

static PmlObj *
deque_inplace_mul (PmlObj *a, PmlObj *b)
{
  gint64 n;

  if (!is_deque (a) || (b->kind != K_INT && b->kind != K_BOOL))
    return pml_incref (NOTIMPL);
  if (!pml_index_value (b, &n))
    return NULL;
  return inplace_repeat (a, n);
}

/* deque_richcompare: item by item, through two iterators */
static PmlObj *
deque_richcompare (PmlObj *v, PmlObj *w, int op)
{
  PmlObj *it1, *it2, *x = NULL, *y = NULL, *r = NULL;
  gboolean lt;

  if (!is_deque (v) || !is_deque (w))
    return pml_incref (NOTIMPL);
  if (op == OP_EQ || op == OP_NE)
    {
      if (v == w)
        return pml_incref (BOOL (op == OP_EQ));
      if (v->u.dq.len != w->u.dq.len)
        return pml_incref (BOOL (op == OP_NE));
    }
  it1 = pml_iter (v);
  it2 = it1 ? pml_iter (w) : NULL;
  if (it2 == NULL)
    {
      pml_xdecref (it1);
      return NULL;
    }
  for (;;)
    {
      int eq;

      x = pml_iter_next_owned (it1);
      if (x == NULL && pml_err_occurred ())
        goto out;
      y = pml_iter_next (it2);
      if (y == NULL && pml_err_occurred ())
        goto out;
      if (x == NULL || y == NULL)
        break;
      eq = pml_eq (x, y);
      if (eq < 0)
        goto out;
      if (eq == 0)
        {
          r = pml_richcompare (x, y, op);
          goto out;
        }
      PML_CLEAR (x);
      PML_CLEAR (y);
    }
  /* one (or both) ran out */
  switch (op)
    {
    case OP_LT: lt = y != NULL; break;
    case OP_LE: lt = x == NULL; break;
    case OP_EQ: lt = x == y; break;
    case OP_NE: lt = x != y; break;
    case OP_GT: lt = x != NULL; break;
    default: lt = y == NULL; break;
    }
  r = pml_incref (BOOL (lt));
out:
  pml_xdecref (x);
  pml_xdecref (y);
  pml_decref (it1);
  pml_decref (it2);
  return r;
}

/* deque([1, 2], maxlen=3), through a list of the items */
static PmlObj *
deque_repr (PmlObj *o)
{
  PmlObj *items, *text, *r;
  const char *name = pml_type_name (o), *dot = strrchr (name, '.');

  if (!pml_repr_enter (o))
    return pml_str_new ("[...]", -1);
  items = pml_list_from_iterable (o);
  if (items == NULL)
    {
      pml_repr_leave (o);
      return NULL;
    }
  text = pml_repr (items);
  pml_repr_leave (o);
  pml_decref (items);
  if (text == NULL)
    return NULL;
  if (dot != NULL && o->type->u.ty.builtin)
    name = dot + 1;
  if (o->u.dq.maxlen >= 0)
    r = pml_str_printf ("%s(%s, maxlen=%" G_GINT64_FORMAT ")", name, text->u.s.s, o->u.dq.maxlen);
  else
    r = pml_str_printf ("%s(%s)", name, text->u.s.s);
  pml_decref (text);
  return r;
}

static gint64
deque_length (PmlObj *o)
{
  return o->u.dq.len;
}

/* maxlen: read-only */
static PmlObj *
deque_getattro (PmlObj *o, PmlObj *name)
{
  if (strcmp (name->u.s.s, "maxlen") == 0)
    return o->u.dq.maxlen < 0 ? pml_incref (NONE) : pml_int_new (o->u.dq.maxlen);
  return pml_object_getattro (o, name);
}

static gboolean
deque_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  if (strcmp (name->u.s.s, "maxlen") == 0)
    {
      pml_err_set (T_ATTRIBUTE_ERROR, "attribute 'maxlen' of 'collections.deque' objects is not writable");
      return FALSE;
    }
  return pml_object_setattro (o, name, v);
}

/* deque_sizeof: the object and each block its items span */
gsize
pml_deque_sizeof (PmlObj *o)
{
  PmlObj *type = TYPE (T_DEQUE);
  gint64 blocks = (o->u.dq.leftindex + o->u.dq.len + BLOCKLEN - 1) / BLOCKLEN;

  return pml_obj_presize (type) + type->u.ty.basicsize + (gsize) blocks * BLOCK_BYTES;
}

/* ---- memory ---- */

static void
free_spare_blocks (PmlObj *d)
{
  for (gint64 i = 0; i < d->u.dq.nspare; i++)
    {
      pml_mem_free (d->u.dq.spare[i]->addr);
      g_free (d->u.dq.spare[i]);
    }
  d->u.dq.nspare = 0;
  g_clear_pointer (&d->u.dq.spare, g_free);
}

/* deque_dealloc: weak references, the items (deque_clear, which takes a
   new block), the last block, then every spare one */
static gboolean
deque_dealloc (PmlObj *o)
{
  if (o->weakrefs != NULL)
    pml_weakrefs_clear_all (o, TRUE);
  if (o->u.dq.left != NULL)
    {
      deque_clear (o);
      block_free (o, o->u.dq.left);
    }
  o->u.dq.left = o->u.dq.right = NULL;
  free_spare_blocks (o);
  return FALSE;
}

static void
deque_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PmlDequeBlock *b = o->u.dq.left;
  gint64 index = o->u.dq.leftindex;

  for (gint64 n = o->u.dq.len; n > 0; n--)
    {
      PML_VISIT (b->data[index]);
      if (++index == BLOCKLEN)
        {
          b = b->rightlink;
          index = 0;
        }
    }
}

static void
deque_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  for (gint64 i = 0; i < o->u.dq.len; i++)
    if (edge (*slot_at (o, i), pml_index_label ((gsize) i), FALSE, data))
      return;
}

/* the host memory at teardown: the blocks, without touching the items */
static void
deque_free_host (PmlObj *o)
{
  PmlDequeBlock *b = o->u.dq.left;

  while (b != NULL)
    {
      PmlDequeBlock *next = b->rightlink;

      g_free (b);
      b = next;
    }
  o->u.dq.left = o->u.dq.right = NULL;
  for (gint64 i = 0; i < o->u.dq.nspare; i++)
    g_free (o->u.dq.spare[i]);
  o->u.dq.nspare = 0;
  g_clear_pointer (&o->u.dq.spare, g_free);
}

const PmlTypeSlots pml_deque_slots = {
  .repr = deque_repr,
  .hash = pml_hash_not_implemented,
  .richcompare = deque_richcompare,
  .getattro = deque_getattro,
  .setattro = deque_setattro,
  .iter = deque_iter,
  .size_of = pml_deque_sizeof,
  .nb_inplace = { [OP_ADD] = deque_inplace_add, [OP_MUL] = deque_inplace_mul },
  .sq_concat = deque_concat,
  .sq_repeat = deque_repeat,
  .length = deque_length,
  .subscript = deque_subscript,
  .ass_subscript = deque_ass_subscript,
  .contains = deque_contains,
  .methods = deque_methods,
  .dealloc = deque_dealloc,
  .traverse = deque_traverse,
  .clear = deque_clear,
  .referents = deque_referents,
  .free_host = deque_free_host,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE,
  .new_instance = deque_new_instance,
};
