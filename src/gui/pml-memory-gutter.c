/* pml-memory-gutter.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pml-memory-gutter.h"

/* A column beside the line numbers: the bytes each line has allocated
 * (+) and freed (−) so far, as memory_profiler's "Increment" column but
 * split in two, since a line that frees as much as it allocates still
 * did work. The signs carry the meaning; the colours only help. The
 * column is as wide as the widest numbers of the whole run, so it keeps
 * its width while stepping. */

struct _PmlMemoryGutter
{
  GtkSourceGutterRendererText  parent_instance;

  PmlLineMemory               *memory;
  gboolean                     dark;
  int                          width;
  PangoFontDescription        *measured_font; /* the font @width was measured in */
};

G_DEFINE_FINAL_TYPE (PmlMemoryGutter, pml_memory_gutter, GTK_SOURCE_TYPE_GUTTER_RENDERER_TEXT)

enum {
  PROP_0,
  PROP_DARK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Short enough for a narrow column read from the back of a room: exact
 * up to four digits, then "80K", "3.4M" (binary units, as the allocator
 * counts); the tooltip has every digit */
static char *
format_bytes (guint64 bytes)
{
  if (bytes < 10000)
    return g_strdup_printf ("%" G_GUINT64_FORMAT, bytes);
  if (bytes < 1000 * 1024)
    return g_strdup_printf ("%" G_GUINT64_FORMAT "K", (bytes + 512) / 1024);
  if (bytes < 100 * 1024 * 1024)
    {
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup_printf ("%sM", g_ascii_formatd (number, sizeof number, "%.1f", bytes / (1024.0 * 1024.0)));
    }
  return g_strdup_printf ("%" G_GUINT64_FORMAT "M", (bytes + 512 * 1024) / (1024 * 1024));
}

static char *
format_markup (PmlMemoryGutter    *self,
               const PmlLineBytes *bytes)
{
  g_autofree char *allocated = format_bytes (bytes->allocated);
  g_autofree char *freed = format_bytes (bytes->freed);
  /* dark and light styles each need their own contrast */
  const char *plus = self->dark ? "#8ff0a4" : "#1a7f37";
  const char *minus = self->dark ? "#ff9c8f" : "#c01c28";

  if (bytes->n_allocations == 0 && bytes->n_frees == 0)
    return g_strdup ("");
  if (bytes->n_frees == 0)
    return g_strdup_printf ("<span foreground=\"%s\">+%s</span>", plus, allocated);
  if (bytes->n_allocations == 0)
    return g_strdup_printf ("<span foreground=\"%s\">−%s</span>", minus, freed);
  return g_strdup_printf ("<span foreground=\"%s\">+%s</span> <span foreground=\"%s\">−%s</span>",
                          plus, allocated, minus, freed);
}

/* The widest numbers of the run: each line's totals are its largest */
static void
update_width (PmlMemoryGutter *self)
{
  GtkSourceGutterRendererText *text = GTK_SOURCE_GUTTER_RENDERER_TEXT (self);
  int width = 0;

  if (self->memory != NULL)
    for (guint line = 1; line <= pml_line_memory_get_n_lines (self->memory); line++)
      {
        PmlLineBytes total = pml_line_memory_get_line_total (self->memory, (gint) line);
        g_autofree char *markup = format_markup (self, &total);
        int w = 0, h = 0;

        if (*markup == '\0')
          continue;
        gtk_source_gutter_renderer_text_measure_markup (text, markup, &w, &h);
        width = MAX (width, w);
      }
  if (width > 0)
    width += 2 * gtk_source_gutter_renderer_get_xpad (GTK_SOURCE_GUTTER_RENDERER (self));
  if (width == self->width)
    return;
  self->width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* "120 bytes in 2 requests" */
static char *
describe_requests (guint64 bytes,
                   guint   n_requests)
{
  g_autofree char *number = g_strdup_printf ("%" G_GUINT64_FORMAT, bytes);

  /* Translators: %s is a number of bytes, %u of allocation requests */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s bytes in %u request", "%s bytes in %u requests",
                                       n_requests),
                          number, n_requests);
}

static gint
line_at (PmlMemoryGutter *self,
         double           y)
{
  GtkSourceView *view = gtk_source_gutter_renderer_get_view (GTK_SOURCE_GUTTER_RENDERER (self));
  GtkTextIter iter;
  double vx, vy;
  int bx, by, top;

  if (view == NULL)
    return 0;
  /* the renderer's y is the view's, less where the renderer starts */
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self), GTK_WIDGET (view), 0, y, &vx, &vy))
    return 0;
  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (view), GTK_TEXT_WINDOW_WIDGET, 0, (int) vy, &bx, &by);
  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (view), &iter, by, &top);
  return gtk_text_iter_get_line (&iter) + 1;
}

static gboolean
query_tooltip_cb (PmlMemoryGutter *self,
                  int              x,
                  int              y,
                  gboolean         keyboard,
                  GtkTooltip      *tooltip)
{
  g_autofree char *description = NULL;

  if (keyboard || self->memory == NULL)
    return FALSE;
  description = pml_memory_gutter_dup_description (self, line_at (self, y));
  if (description == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, description);
  return TRUE;
}

static void
pml_memory_gutter_query_data (GtkSourceGutterRenderer *renderer,
                              GtkSourceGutterLines    *lines,
                              guint                    line)
{
  PmlMemoryGutter *self = PML_MEMORY_GUTTER (renderer);
  g_autofree char *markup = pml_memory_gutter_dup_text (self, (gint) line + 1);

  gtk_source_gutter_renderer_text_set_markup (GTK_SOURCE_GUTTER_RENDERER_TEXT (self), markup, -1);
}

static void
pml_memory_gutter_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  PmlMemoryGutter *self = PML_MEMORY_GUTTER (widget);

  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? self->width : 0;
  *minimum_baseline = *natural_baseline = -1;
}

/* A larger font (the font-size keys, presenter mode) needs wider numbers;
 * a hover changes the style too, and must not measure every line again */
static void
pml_memory_gutter_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  PmlMemoryGutter *self = PML_MEMORY_GUTTER (widget);
  const PangoFontDescription *font;

  GTK_WIDGET_CLASS (pml_memory_gutter_parent_class)->css_changed (widget, change);
  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (self->measured_font != NULL && font != NULL && pango_font_description_equal (font, self->measured_font))
    return;
  g_clear_pointer (&self->measured_font, pango_font_description_free);
  self->measured_font = font != NULL ? pango_font_description_copy (font) : NULL;
  self->width = -1;
  update_width (self);
}

static void
pml_memory_gutter_dispose (GObject *object)
{
  PmlMemoryGutter *self = PML_MEMORY_GUTTER (object);

  g_clear_pointer (&self->memory, pml_line_memory_unref);
  g_clear_pointer (&self->measured_font, pango_font_description_free);

  G_OBJECT_CLASS (pml_memory_gutter_parent_class)->dispose (object);
}

static void
pml_memory_gutter_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PmlMemoryGutter *self = PML_MEMORY_GUTTER (object);

  switch (prop_id)
    {
    case PROP_DARK:
      g_value_set_boolean (value, pml_memory_gutter_get_dark (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pml_memory_gutter_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PmlMemoryGutter *self = PML_MEMORY_GUTTER (object);

  switch (prop_id)
    {
    case PROP_DARK:
      pml_memory_gutter_set_dark (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pml_memory_gutter_class_init (PmlMemoryGutterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkSourceGutterRendererClass *renderer_class = GTK_SOURCE_GUTTER_RENDERER_CLASS (klass);

  object_class->dispose = pml_memory_gutter_dispose;
  object_class->get_property = pml_memory_gutter_get_property;
  object_class->set_property = pml_memory_gutter_set_property;
  widget_class->measure = pml_memory_gutter_measure;
  widget_class->css_changed = pml_memory_gutter_css_changed;
  renderer_class->query_data = pml_memory_gutter_query_data;

  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "memorygutter");
}

static void
pml_memory_gutter_init (PmlMemoryGutter *self)
{
  gtk_source_gutter_renderer_set_xalign (GTK_SOURCE_GUTTER_RENDERER (self), 1.0);
  gtk_source_gutter_renderer_set_xpad (GTK_SOURCE_GUTTER_RENDERER (self), 6);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect_swapped (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
}

GtkSourceGutterRenderer *
pml_memory_gutter_new (void)
{
  return g_object_new (PML_TYPE_MEMORY_GUTTER, NULL);
}

PmlLineMemory *
pml_memory_gutter_get_memory (PmlMemoryGutter *self)
{
  g_return_val_if_fail (PML_IS_MEMORY_GUTTER (self), NULL);

  return self->memory;
}

/* @memory: NULL shows nothing (no run, or the text is not what ran) */
void
pml_memory_gutter_set_memory (PmlMemoryGutter *self,
                              PmlLineMemory   *memory)
{
  g_return_if_fail (PML_IS_MEMORY_GUTTER (self));

  if (self->memory == memory)
    return;
  g_clear_pointer (&self->memory, pml_line_memory_unref);
  self->memory = memory != NULL ? pml_line_memory_ref (memory) : NULL;
  update_width (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
pml_memory_gutter_get_dark (PmlMemoryGutter *self)
{
  g_return_val_if_fail (PML_IS_MEMORY_GUTTER (self), FALSE);

  return self->dark;
}

void
pml_memory_gutter_set_dark (PmlMemoryGutter *self,
                            gboolean         dark)
{
  g_return_if_fail (PML_IS_MEMORY_GUTTER (self));

  dark = !!dark;
  if (self->dark == dark)
    return;
  self->dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

void
pml_memory_gutter_changed (PmlMemoryGutter *self)
{
  g_return_if_fail (PML_IS_MEMORY_GUTTER (self));

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The markup drawn beside line @line (1-based); "" for a line that has
 * asked for nothing so far */
char *
pml_memory_gutter_dup_text (PmlMemoryGutter *self,
                            gint             line)
{
  PmlLineBytes bytes;

  g_return_val_if_fail (PML_IS_MEMORY_GUTTER (self), NULL);

  if (self->memory == NULL)
    return g_strdup ("");
  bytes = pml_line_memory_get_line (self->memory, line);
  return format_markup (self, &bytes);
}

/* The numbers of line @line in words, for its tooltip; NULL when there
 * is no run to tell about */
char *
pml_memory_gutter_dup_description (PmlMemoryGutter *self,
                                   gint             line)
{
  PmlLineBytes bytes;
  g_autofree char *allocated = NULL;
  g_autofree char *freed = NULL;

  g_return_val_if_fail (PML_IS_MEMORY_GUTTER (self), NULL);

  if (self->memory == NULL || line <= 0)
    return NULL;
  bytes = pml_line_memory_get_line (self->memory, line);
  if (bytes.n_allocations == 0 && bytes.n_frees == 0)
    /* Translators: the memory gutter's tooltip; %d is a line of the script */
    return g_strdup_printf (_("Line %d has not allocated or freed anything so far"), line);
  allocated = describe_requests (bytes.allocated, bytes.n_allocations);
  freed = describe_requests (bytes.freed, bytes.n_frees);
  /* Translators: the memory gutter's tooltip: the line, then "120 bytes in
     2 requests" twice. A bundled module's work counts towards the line
     that called it. */
  return g_strdup_printf (_("Line %d so far: allocated %s, freed %s"), line,
                          bytes.n_allocations > 0 ? allocated : _("nothing"),
                          bytes.n_frees > 0 ? freed : _("nothing"));
}
