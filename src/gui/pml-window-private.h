/* pml-window-private.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "pml-heap-view.h"
#include "pml-inspector.h"
#include "pml-line-memory.h"
#include "pml-memory-gutter.h"
#include "pml-objects-view.h"
#include "pml-trace-loader.h"
#include "pml-pool-view.h"
#include "pml-run.h"
#include "pml-trace.h"
#include "pml-window.h"

G_BEGIN_DECLS

/* What to do once unsaved changes are saved or discarded */
typedef enum
{
  PML_EDITOR_THEN_NOTHING,
  PML_EDITOR_THEN_CLOSE,
  PML_EDITOR_THEN_OPEN,
  PML_EDITOR_THEN_NEW,
} PmlEditorThen;

struct _PmlWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  AdwToastOverlay      *views_toast_overlay; /* over the diagrams, clear of the transport */
  AdwToast             *error_toast;     /* the last error shown, until it goes (weak) */
  GtkRevealer          *stale_revealer;
  GtkLabel             *stale_label;
  gboolean              stale;           /* the diagrams show a run of another text */
  char                 *ran_source;      /* the text of the run shown; NULL: a trace */
  GtkStack             *stack;
  PmlHeapView          *heap_view;
  PmlPoolView          *pool_view;
  GtkLabel             *narration;
  GtkLabel             *request_label;
  GtkWidget            *script_pane;
  GtkStack             *view_stack;
  GtkWidget            *view_switcher;
  GtkWidget            *run_button;
  GtkWidget            *line_back_button;
  GtkWidget            *line_forward_button;
  GtkWidget            *step_menu_button; /* over, into, out, to the cursor */
  PmlObjectsView       *objects_view;
  PmlInspector         *inspector;
  GtkWidget            *inspector_scroller;
  GtkToggleButton      *inspector_button;
  guint32               inspected_object; /* 0: the inspector shows a pool, or nothing */
  gboolean              inspecting_pool;
  guint                 inspected_slot;
  guint                 inspected_index;
  GtkTextView          *output_view;
  GtkSourceView        *source_view;
  GtkScale             *timeline;
  GtkAdjustment        *timeline_adjustment;
  GtkLabel             *position_label;
  GtkRevealer          *loading_revealer;
  GtkLabel             *loading_label;
  GtkProgressBar       *loading_progress;

  GSettings            *settings;
  GTask                *loading;
  gboolean              showing_preview; /* a long trace's start, while the rest is replayed */
  GCancellable         *loading_cancellable;
  guint                 progress_timeout;
  PmlTrace             *trace;
  GArray               *request_lines;   /* a scenario: the script line of each request */
  GArray               *collection_steps; /* a scenario: requests made before each collection */
  PmlRun               *run;             /* what is open, and the cursor over it */
  PmlHeap              *heap;            /* the run's */
  PmlInterp            *interp;          /* the run's, for a scenario */
  GString              *output;          /* a scenario: all it printed */
  GArray               *output_marks;    /* a scenario: PmlOutputMark */
  GtkFileChooserNative *chooser;
  GtkButton            *play_button;
  GtkSpinButton        *speed_spin;
  guint                 play_timeout;
  gint64                play_started;    /* when Play was pressed (monotonic µs) */
  guint                 play_n_lines;    /* the lines of the run, for Play's pace */

  /* the script editor (pml-window-editor.c) */
  GFile                *document;        /* the script edited; NULL: untitled */
  gboolean              editing;
  gboolean              setting_text;
  gboolean              closing;         /* unsaved changes were dealt with */
  gboolean              run_from_editor; /* the load under way runs the editor's text */
  guint                 draft_timeout;
  guint                 scroll_tick;     /* waiting for the editor's size to show a line */
  char                 *error_message;   /* what the underlined line did wrong */
  GtkFileChooserNative *save_chooser;
  PmlEditorThen         then;
  GFile                *then_file;
  gboolean              moving_timeline;
  GtkLabel             *line_legend;     /* which line ran, which runs next */
  gint                  line_ran;        /* marked as just run; 0: none */
  gint                  line_next;       /* marked as about to run, or running; 0: none */
  gboolean              line_running;    /* line_next has begun */
  PmlMemoryGutter      *memory_gutter;
  PmlLineMemory        *line_memory;     /* a scenario: what each line asked of the allocator */
  gboolean              gutter_current;  /* the text is what ran: the gutter's lines are its */

  /* font sizes (pml-window-font.c) */
  GtkCssProvider       *font_css;
  int                   script_width_before_presenter; /* 0: not in presenter mode */

  /* the script pane's width (pml-window-script-width.c) */
  gboolean              script_width_chosen;  /* the user dragged the divider */
  gboolean              setting_script_width;
};

guint pml_window_current_step (PmlWindow    *self);
gint  pml_window_current_line (PmlWindow    *self);
void  pml_window_show_error    (PmlWindow    *self,
                                const GError *error);
void  pml_window_add_toast     (PmlWindow    *self,
                                AdwToast     *toast);
void  pml_window_dismiss_error (PmlWindow    *self);
void  pml_window_set_stale     (PmlWindow    *self,
                                gboolean      stale);
void  pml_window_clear_run     (PmlWindow    *self);

void   pml_window_run_text                   (PmlWindow     *self,
                                              GFile         *file,
                                              const char    *text);

/* pml-window-play.c */
void     pml_window_play_class_init      (GtkWidgetClass *widget_class);
void     pml_window_play_init            (PmlWindow      *self);
void     pml_window_play_stop            (PmlWindow      *self);

/* pml-window-editor.c */
void     pml_window_editor_class_init    (GtkWidgetClass *widget_class);
void     pml_window_editor_init          (PmlWindow      *self);
void     pml_window_editor_dispose       (PmlWindow      *self);
void     pml_window_editor_set_text      (PmlWindow      *self,
                                          GFile          *document,
                                          const char     *text);
void     pml_window_editor_close         (PmlWindow      *self);
void     pml_window_editor_check_stale   (PmlWindow      *self);
gboolean pml_window_editor_is_modified   (PmlWindow      *self);
void     pml_window_editor_mark_error    (PmlWindow      *self,
                                          const char     *message);
void     pml_window_editor_show_position (PmlWindow      *self);
void     pml_window_editor_set_run       (PmlWindow      *self);
gboolean pml_window_editor_save_to       (PmlWindow      *self,
                                          GFile          *file,
                                          GError        **error);
gboolean pml_window_editor_confirm       (PmlWindow      *self,
                                          PmlEditorThen   then,
                                          GFile          *then_file);
void     pml_window_editor_offer_draft   (PmlWindow      *self);

/* pml-window-font.c */
void     pml_window_font_class_init      (GtkWidgetClass *widget_class);
void     pml_window_font_init            (PmlWindow      *self);
void     pml_window_font_dispose         (PmlWindow      *self);
void     pml_window_font_update          (PmlWindow      *self);

void     pml_window_script_width_init    (PmlWindow      *self);
void     pml_window_set_script_width     (PmlWindow      *self,
                                          int             width);

/* pml-window-scenario.c */
void   pml_window_scenario_set_run           (PmlWindow *self,
                                              PmlRun    *run);
guint  pml_window_scenario_output_length     (PmlWindow *self);

/* pml-window-export.c */
void  pml_window_export_action (GtkWidget    *widget,
                                const char   *action_name,
                                GVariant     *parameter);
void  pml_window_copy_action   (GtkWidget    *widget,
                                const char   *action_name,
                                GVariant     *parameter);

G_END_DECLS
