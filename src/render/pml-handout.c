/* pml-handout.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "pml-diagram.h"
#include "pml-handout.h"
#include "pml-render-text.h"

#define MARGIN 28.0
#define CODE_WIDTH 330.0
#define GUTTER 20.0
#define VIEW_X (MARGIN + CODE_WIDTH + GUTTER)
#define VIEW_WIDTH (PML_HANDOUT_PAGE_WIDTH - MARGIN - VIEW_X)
#define VIEW_GAP 10.0
#define NARRATION_LINES 3
#define DETAIL_LINES 3
#define CAPTION_WIDTH (PML_HANDOUT_PAGE_WIDTH - 2 * MARGIN)
/* laid out wider than their column, then scaled: the heap's legend fits */
#define WIDENING 1.3
/* what a view cut to fit keeps of the column at least */
#define MIN_SHARE 0.35
/* smaller, a card's text would be under 4 points: cut the view instead */
#define MIN_SCALE 0.36

typedef struct
{
  const PmlHandout     *handout;
  const PmlHandoutPage *pages;
  guint                 n_pages;
} HandoutJob;

/* One view in the column beside the code */
typedef struct
{
  PmlDiagram  diagram;
  const char *cut_note;   /* said when it does not fit even at MIN_SCALE */
  double      height;     /* as laid out */
  double      box;        /* on the page */
  double      scale;
  gboolean    cut;
  double      note;       /* the cut note's height under the box, or 0 */
} Panel;

/* The code around the line that ran, that line highlighted */
static void
draw_code (const PmlHandout *self, cairo_t *cr, gint current, double top, double bottom)
{
  const PmlPalette *palette = &self->palette;
  double line_height = pml_render_line_height (palette, PML_FONT_SMALL);
  gint visible = MAX (1, (gint) ((bottom - top) / line_height));
  gint first = MAX (1, current - visible / 2);
  gint last = MIN ((gint) self->n_source_lines, first + visible - 1);
  double y = top;

  first = MAX (1, MIN (first, last - visible + 1));
  for (gint line = first; line <= last; line++, y += line_height)
    {
      g_autofree char *number = g_strdup_printf ("%d", line);
      const char *text = self->source_lines[line - 1];

      if (line == current)
        {
          PmlRect band = { MARGIN - 4, y - 1, CODE_WIDTH + 8, line_height + 1 };
          PmlColor tint = palette->accent;

          tint.alpha = 0.18;
          pml_render_set_color (cr, &tint);
          pml_render_rounded_rect (cr, &band, 3);
          cairo_fill (cr);
        }
      pml_render_text (cr, palette, number, MARGIN + 22, y, PML_FONT_SMALL, FALSE, &palette->dim_text, PML_ALIGN_END);
      pml_render_text (cr, palette, *text ? text : " ", MARGIN + 30, y, PML_FONT_SMALL, line == current,
                       &palette->text, PML_ALIGN_START);
    }
}

/* The views share the column at one scale, the largest at which they fit
 * (none grows past the column's width), so their text matches. Below
 * MIN_SCALE the text could not be read: they are drawn at MIN_SCALE, the
 * smaller ones whole if that leaves the largest MIN_SHARE of the room,
 * and what does not fit is cut, with a note under it. */
static void
fit_panels (Panel  *panels,
            guint   n_panels,
            double  height)
{
  double note = pml_render_line_height (&panels[0].diagram.palette, PML_FONT_SMALL);
  double room = height - (n_panels - 1) * VIEW_GAP;
  double level = G_MAXDOUBLE, wanted = 0;
  guint largest = 0, capped = 0;
  gboolean changed;

  for (guint i = 0; i < n_panels; i++)
    {
      Panel *panel = &panels[i];
      double fit = VIEW_WIDTH / panel->diagram.width;

      /* too wide to be read at the column's width: cut at the right */
      panel->cut = fit < MIN_SCALE;
      panel->scale = MAX (fit, MIN_SCALE);
      if (panel->cut)
        room -= note;
      wanted += panel->height * panel->scale;
      if (panel->height > panels[largest].height)
        largest = i;
    }

  /* the level: the views whose width holds them below it take what they
     want, the others share the rest at it */
  changed = wanted > room;
  while (changed)
    {
      double fixed = 0, rest = 0;

      changed = FALSE;
      for (guint i = 0; i < n_panels; i++)
        {
          if (capped & (1u << i))
            fixed += panels[i].height * panels[i].scale;
          else
            rest += panels[i].height;
        }
      if (rest == 0)
        break;
      level = (room - fixed) / rest;
      for (guint i = 0; i < n_panels; i++)
        {
          if (!(capped & (1u << i)) && panels[i].scale < level)
            {
              capped |= 1u << i;
              changed = TRUE;
            }
        }
    }

  if (level >= MIN_SCALE)
    {
      for (guint i = 0; i < n_panels; i++)
        {
          panels[i].scale = MIN (panels[i].scale, level);
          panels[i].box = panels[i].height * panels[i].scale;
        }
    }
  else
    {
      double others = 0;

      if (!panels[largest].cut)
        room -= note;
      panels[largest].cut = TRUE;
      for (guint i = 0; i < n_panels; i++)
        {
          double most = room * (1 - MIN_SHARE) / (n_panels - 1);

          if (i == largest)
            continue;
          panels[i].scale = MIN_SCALE;
          panels[i].box = panels[i].height * MIN_SCALE;
          if (panels[i].box > most)
            {
              panels[i].box = panels[i].cut ? most : most - note;
              panels[i].cut = TRUE;
            }
          others += panels[i].box + (panels[i].cut ? note : 0);
        }
      panels[largest].scale = MIN_SCALE;
      panels[largest].box = room - others;
    }
  for (guint i = 0; i < n_panels; i++)
    panels[i].note = panels[i].cut ? note : 0;
}

static void
draw_panel (const Panel *panel,
            PmlHeap     *heap,
            cairo_t     *cr,
            double       y)
{
  const PmlPalette *palette = &panel->diagram.palette;

  /* the diagram paints its own background: clipped to its box */
  cairo_save (cr);
  cairo_rectangle (cr, VIEW_X, y, VIEW_WIDTH, panel->box);
  cairo_clip (cr);
  cairo_translate (cr, VIEW_X, y);
  cairo_scale (cr, panel->scale, panel->scale);
  pml_diagram_render (&panel->diagram, heap, cr);
  cairo_restore (cr);
  if (panel->cut)
    pml_render_text (cr, palette, panel->cut_note, VIEW_X, y + panel->box, PML_FONT_SMALL, FALSE,
                     &palette->dim_text, PML_ALIGN_START);
}

/* Laid out wider than the column, and wider still when what it draws
 * needs it, then scaled: nothing is cut at the right */
static void
init_panel (Panel            *panel,
            const PmlHandout *self,
            PmlViewKind       kind,
            const char       *title,
            const char       *subtitle,
            const char       *cut_note)
{
  PmlHeap *heap = pml_interp_get_heap (self->interp);

  memset (panel, 0, sizeof *panel);
  panel->diagram.view.kind = kind;
  panel->diagram.title = title;
  panel->diagram.subtitle = subtitle;
  panel->diagram.width = VIEW_WIDTH * WIDENING;
  panel->diagram.scale = 1;
  panel->diagram.palette = self->palette;
  panel->diagram.interp = self->interp;
  panel->diagram.width = pml_diagram_get_drawn_width (&panel->diagram, heap);
  panel->height = pml_diagram_get_height (&panel->diagram, heap);
  panel->cut_note = cut_note;
}

/* The step's narration under the code and the views, each sentence wrapped
 * to the page (a translation may be half again as long as the English);
 * returns its height, and draws it only when @draw */
static double
draw_caption (const PmlHandout     *self,
              const PmlHandoutPage *page,
              cairo_t              *cr,
              double                top,
              gboolean              draw)
{
  const PmlPalette *palette = &self->palette;
  const PmlColor *color = draw ? &palette->text : NULL;
  g_auto(GStrv) sentences = g_strsplit (page->narration, "\n", -1);
  g_auto(GStrv) details = page->details != NULL ? g_strsplit (page->details, "\n", -1) : NULL;
  double y = top;

  for (guint i = 0; sentences[i] != NULL && i < NARRATION_LINES; i++)
    y += pml_render_paragraph (cr, palette, sentences[i], MARGIN, y, CAPTION_WIDTH, PML_FONT_NORMAL,
                               i == 0, color);
  for (guint i = 0; details != NULL && details[i] != NULL && i < DETAIL_LINES; i++)
    y += pml_render_paragraph (cr, palette, details[i], MARGIN, y, CAPTION_WIDTH, PML_FONT_SMALL,
                               FALSE, color);
  return y - top;
}

static void
draw_page (const HandoutJob *job,
           guint             index,
           cairo_t          *cr)
{
  const PmlHandout *self = job->handout;
  const PmlHandoutPage *page = &job->pages[index];
  const PmlPalette *palette = &self->palette;
  PmlHeap *heap = pml_interp_get_heap (self->interp);
  double top = MARGIN + pml_render_line_height (palette, PML_FONT_TITLE) + 10;
  /* at least the room three lines of each kind took before wrapping, so
   * the views keep one size from page to page unless a step says more */
  double caption = MAX (draw_caption (self, page, cr, 0, FALSE),
                        NARRATION_LINES * pml_render_line_height (palette, PML_FONT_NORMAL) +
                        DETAIL_LINES * pml_render_line_height (palette, PML_FONT_SMALL));
  double bottom = PML_HANDOUT_PAGE_HEIGHT - MARGIN - caption - 10;
  /* Translators: a predict handout's page title: the script, the question's number, the line, the preset */
  g_autofree char *title = page->before
    ? g_strdup_printf (_("%s — question %u of %u, line %d (%s)"), self->title, index + 1, job->n_pages, page->line,
                       self->preset_name)
    : g_strdup_printf (_("%s — step %u of %u, line %d (%s)"), self->title, index + 1, job->n_pages, page->line,
                       self->preset_name);
  /* Translators: a predict handout's page shows the state before its line runs */
  g_autofree char *heap_title = page->before ? g_strdup_printf (_("The heap before line %d runs"), page->line)
                                             : g_strdup_printf (_("The heap after line %d"), page->line);
  g_autofree char *objects_title = page->before ? g_strdup_printf (_("The objects before line %d runs"), page->line)
                                                : g_strdup_printf (_("The objects after line %d"), page->line);
  Panel panels[2];

  pml_render_set_color (cr, &palette->background);
  cairo_paint (cr);

  pml_interp_seek (self->interp, page->position);
  init_panel (&panels[0], self, PML_VIEW_HEAP, heap_title,
              _("arenas in usable_arenas order, pools by size class"),
              _("Cut to fit the page: “pymemlab export --view heap” draws it whole."));
  init_panel (&panels[1], self, PML_VIEW_OBJECTS, objects_title,
              _("names, the objects they reach, and their references"),
              _("Cut to fit the page: “pymemlab export --view objects” draws it whole."));
  fit_panels (panels, G_N_ELEMENTS (panels), bottom - top);
  draw_panel (&panels[0], heap, cr, top);
  draw_panel (&panels[1], heap, cr, top + panels[0].box + panels[0].note + VIEW_GAP);

  pml_render_text (cr, palette, title, MARGIN, MARGIN, PML_FONT_TITLE, TRUE, &palette->text,
                   PML_ALIGN_START);
  cairo_save (cr);
  cairo_rectangle (cr, 0, top - 2, MARGIN + CODE_WIDTH + GUTTER / 2, bottom - top + 4);
  cairo_clip (cr);
  draw_code (self, cr, page->line, top, bottom);
  cairo_restore (cr);

  draw_caption (self, page, cr, bottom + 10, TRUE);
}

static cairo_t *
new_answer_page (const PmlHandout *self,
                 cairo_surface_t  *surface)
{
  const PmlPalette *palette = &self->palette;
  cairo_t *cr = cairo_create (surface);

  pml_render_set_color (cr, &palette->background);
  cairo_paint (cr);
  /* Translators: the title of a predict handout's last pages */
  pml_render_text (cr, palette, _("Answer key"), MARGIN, MARGIN, PML_FONT_TITLE, TRUE, &palette->text,
                   PML_ALIGN_START);
  return cr;
}

/* The answers of a predict handout, one paragraph each, on pages of
 * their own */
static void
draw_answer_key (const PmlHandout *self,
                 cairo_surface_t  *surface)
{
  const PmlPalette *palette = &self->palette;
  g_auto(GStrv) answers = g_strsplit (self->answer_key, "\n", -1);
  double top = MARGIN + pml_render_line_height (palette, PML_FONT_TITLE) + 10;
  double bottom = PML_HANDOUT_PAGE_HEIGHT - MARGIN;
  cairo_t *cr = new_answer_page (self, surface);
  double y = top;

  for (guint i = 0; answers[i] != NULL; i++)
    {
      double height;

      if (*answers[i] == '\0')
        continue;
      height = pml_render_paragraph (cr, palette, answers[i], MARGIN, y, CAPTION_WIDTH, PML_FONT_NORMAL, FALSE,
                                     NULL);
      if (y > top && y + height > bottom)
        {
          cairo_show_page (cr);
          cairo_destroy (cr);
          cr = new_answer_page (self, surface);
          y = top;
        }
      y += pml_render_paragraph (cr, palette, answers[i], MARGIN, y, CAPTION_WIDTH, PML_FONT_NORMAL, FALSE,
                                 &palette->text) + 4;
    }
  cairo_show_page (cr);
  cairo_destroy (cr);
}

static cairo_status_t
draw_handout (gpointer data, cairo_write_func_t write, gpointer closure)
{
  const HandoutJob *job = data;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write, closure, PML_HANDOUT_PAGE_WIDTH,
                                                                  PML_HANDOUT_PAGE_HEIGHT);
  cairo_status_t status = CAIRO_STATUS_SUCCESS;

  for (guint i = 0; i < job->n_pages && status == CAIRO_STATUS_SUCCESS; i++)
    {
      cairo_t *cr = cairo_create (surface);

      draw_page (job, i, cr);
      cairo_show_page (cr);
      status = cairo_status (cr);
      cairo_destroy (cr);
    }
  if (status == CAIRO_STATUS_SUCCESS && job->handout->answer_key != NULL)
    draw_answer_key (job->handout, surface);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

gboolean
pml_handout_export (const PmlHandout     *self,
                    const PmlHandoutPage *pages,
                    guint                 n_pages,
                    GFile                *file,
                    GError              **error)
{
  HandoutJob job = { self, pages, n_pages };
  guint position;
  gboolean ok;

  g_return_val_if_fail (self->interp != NULL, FALSE);
  g_return_val_if_fail (n_pages > 0, FALSE);

  position = pml_interp_get_position (self->interp);
  ok = pml_export_write_file (file, draw_handout, &job, error);
  pml_interp_seek (self->interp, position);
  return ok;
}
