/* pml-inspector.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pml-inspector.h"
#include "pml-objects-layout.h"
#include "pml-view-links.h"

struct _PmlInspector
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkLabel   *heading;
  GtkGrid    *grid;
  guint       n_rows;
  GHashTable *values;   /* field -> value, as shown */
};

G_DEFINE_FINAL_TYPE (PmlInspector, pml_inspector, GTK_TYPE_WIDGET)

static void
clear_rows (PmlInspector *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  self->n_rows = 0;
  g_hash_table_remove_all (self->values);
}

/* One field: its name as CPython's source spells it, its value */
static void
add_row (PmlInspector *self,
         const char   *field,
         const char   *value)
{
  GtkWidget *name = gtk_label_new (field);
  GtkWidget *shown = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (name), 1);
  gtk_widget_add_css_class (name, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (shown), 0);
  gtk_label_set_selectable (GTK_LABEL (shown), TRUE);
  gtk_label_set_wrap (GTK_LABEL (shown), TRUE);
  gtk_widget_add_css_class (shown, "monospace");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (shown), GTK_ACCESSIBLE_RELATION_LABELLED_BY, name, NULL, -1);
  gtk_grid_attach (self->grid, name, 0, (int) self->n_rows, 1, 1);
  gtk_grid_attach (self->grid, shown, 1, (int) self->n_rows, 1, 1);
  self->n_rows++;
  g_hash_table_insert (self->values, g_strdup (field), g_strdup (value));
}

static void
add_rowf (PmlInspector *self,
          const char   *field,
          const char   *format,
          ...) G_GNUC_PRINTF (3, 4);

static void
add_rowf (PmlInspector *self,
          const char   *field,
          const char   *format,
          ...)
{
  g_autofree char *value = NULL;
  va_list args;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);
  add_row (self, field, value);
}

static const char *
state_name (PmlPoolState state)
{
  switch (state)
    {
    case PML_POOL_STATE_VIRGIN:
      return _("never carved");
    case PML_POOL_STATE_EMPTY:
      return _("empty (in freepools)");
    case PML_POOL_STATE_USED:
      return _("used (in usedpools)");
    case PML_POOL_STATE_FULL:
    default:
      return _("full (in no list)");
    }
}

static void
pml_inspector_dispose (GObject *object)
{
  PmlInspector *self = PML_INSPECTOR (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->values, g_hash_table_unref);

  G_OBJECT_CLASS (pml_inspector_parent_class)->dispose (object);
}

static void
pml_inspector_class_init (PmlInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pml_inspector_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "inspector");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pml_inspector_init (PmlInspector *self)
{
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_widget_set_margin_top (self->box, 8);
  gtk_widget_set_margin_bottom (self->box, 8);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->heading = GTK_LABEL (gtk_label_new (_("Inspector")));
  gtk_label_set_xalign (self->heading, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "heading");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->heading));
  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->grid, 12);
  gtk_grid_set_row_spacing (self->grid, 2);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->grid));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Inspector"), -1);
  pml_inspector_clear (self);
}

GtkWidget *
pml_inspector_new (void)
{
  return g_object_new (PML_TYPE_INSPECTOR, NULL);
}

void
pml_inspector_clear (PmlInspector *self)
{
  GtkWidget *hint;

  g_return_if_fail (PML_IS_INSPECTOR (self));

  clear_rows (self);
  gtk_label_set_text (self->heading, _("Inspector"));
  hint = gtk_label_new (_("Click a pool in the heap, or an object, to see its fields."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_grid_attach (self->grid, hint, 0, 0, 2, 1);
}

void
pml_inspector_show_pool (PmlInspector *self,
                         PmlHeap      *heap,
                         guint         slot,
                         guint         index)
{
  PmlArenaInfo arena;
  PmlPoolInfo pool;
  g_autofree char *heading = NULL;

  g_return_if_fail (PML_IS_INSPECTOR (self));

  if (!pml_heap_get_arena (heap, slot, &arena) || !pml_heap_get_pool (heap, slot, index, &pool))
    {
      pml_inspector_clear (self);
      return;
    }
  clear_rows (self);
  /* Translators: the inspector's heading: a pool of an arena */
  heading = g_strdup_printf (_("Pool %u of arena %u"), index, slot);
  gtk_label_set_text (self->heading, heading);
  add_rowf (self, "address", "0x%" G_GINT64_MODIFIER "x", pool.address);
  add_row (self, _("state"), state_name (pool.state));
  if (pool.state != PML_POOL_STATE_VIRGIN && pool.szidx < PML_NB_SMALL_SIZE_CLASSES)
    {
      add_rowf (self, "szidx", "%u", pool.szidx);
      add_rowf (self, _("block size"), "%u", (pool.szidx + 1) * PML_ALIGNMENT);
      /* CPython's ref.count: how many of its blocks are handed out */
      add_rowf (self, _("blocks in use"), "%u", pool.count);
      add_rowf (self, "freeblock", pool.freeblock != 0 ? "0x%" G_GINT64_MODIFIER "x" : "NULL",
                pool.freeblock);
      add_rowf (self, "nextoffset", "%u", pool.nextoffset);
      add_rowf (self, "maxnextoffset", "%u", pool.maxnextoffset);
      add_rowf (self, "nextpool", pool.nextpool != 0 ? "0x%" G_GINT64_MODIFIER "x" : "NULL", pool.nextpool);
      add_rowf (self, "prevpool", pool.prevpool != 0 ? "0x%" G_GINT64_MODIFIER "x" : "NULL", pool.prevpool);
    }
  add_rowf (self, _("arena"), "0x%" G_GINT64_MODIFIER "x", arena.address);
  add_rowf (self, "nfreepools", "%u of %u", arena.nfreepools, arena.ntotalpools);
}

void
pml_inspector_show_object (PmlInspector *self,
                           PmlInterp    *interp,
                           guint32       serial)
{
  const PmlObjInfo *info;
  const PmlObjState *state;
  g_autofree char *heading = NULL;
  PmlBlockPlace place;

  g_return_if_fail (PML_IS_INSPECTOR (self));

  info = pml_interp_get_object (interp, serial);
  if (info == NULL)
    {
      pml_inspector_clear (self);
      return;
    }
  state = pml_interp_get_object_state (interp, serial);
  clear_rows (self);
  /* Translators: the inspector's heading: an object's type and number */
  heading = g_strdup_printf (_("%s object %u"), info->type_name, serial);
  gtk_label_set_text (self->heading, heading);
  add_rowf (self, _("address"), "0x%" G_GINT64_MODIFIER "x", info->address);
  add_rowf (self, _("requested"), _("%llu bytes"), (unsigned long long) info->size);
  /* pymalloc rounds a request up to its size class; a larger one (or
     none) goes to the system's malloc */
  if (info->size >= 1 && info->size <= PML_SMALL_REQUEST_THRESHOLD)
    {
      g_autofree char *block = pml_objects_describe_block (info->size);

      add_row (self, _("block"), block);
    }
  else
    add_row (self, _("block"), _("from the system's malloc: larger than 512 bytes"));
  if (pml_view_links_find_block (interp, pml_interp_get_heap (interp), serial, &place))
    /* Translators: where an object lives: its block, pool and arena */
    add_rowf (self, _("lives in"), _("block %u of pool %u, arena %u"), place.block, place.index, place.slot);
  add_rowf (self, "ob_refcnt", "%" G_GINT64_FORMAT, state->refcnt);
  add_row (self, _("alive"), state->alive ? _("yes") : _("no: freed"));
  if (state->tracked)
    add_rowf (self, _("generation"), state->generation == 3 ? _("permanent") : "%u", state->generation);
  else
    add_row (self, _("generation"), _("not tracked by the collector"));
  if (state->gc_refs >= 0)
    add_rowf (self, "gc_refs", "%" G_GINT64_FORMAT, state->gc_refs);
  if (state->unreachable)
    add_row (self, _("collector"), _("tentatively unreachable"));
  if (info->line > 0)
    add_rowf (self, _("made by"), _("line %d"), info->line);
  else
    add_row (self, _("made by"), _("the interpreter's start-up"));
  /* who holds its references, one a line, drawn or not: they add up to
     ob_refcnt (as the line starts, when the objects view has them) */
  {
    g_autofree char *holders = pml_objects_layout_describe_holders (interp, serial);

    if (holders != NULL && *holders != '\0')
      add_row (self, _("held by"), holders);
  }
}

const char *
pml_inspector_get_value (PmlInspector *self,
                         const char   *field)
{
  g_return_val_if_fail (PML_IS_INSPECTOR (self), NULL);

  return g_hash_table_lookup (self->values, field);
}
