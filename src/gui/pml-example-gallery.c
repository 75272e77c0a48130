/* pml-example-gallery.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pml-example-gallery.h"

/* One row per group of examples.ini, in the file's order. The titles and
 * descriptions are data, translated at run time through the catalogue. */

#define EXAMPLES_PATH "/io/github/pymemlab/PyMemLab/examples"

typedef struct
{
  char *title;        /* translated */
  char *description;  /* translated, may be empty */
  char *uri;
} Example;

struct _PmlExampleGallery
{
  GtkWidget          parent_instance;

  /* the template's top (bound so that dispose_template unparents it) */
  GtkScrolledWindow *scroller;
  GtkListBox        *list_box;

  GPtrArray         *examples;  /* of Example */
};

G_DEFINE_FINAL_TYPE (PmlExampleGallery, pml_example_gallery, GTK_TYPE_WIDGET)

enum {
  SIGNAL_EXAMPLE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
example_free (gpointer data)
{
  Example *example = data;

  g_free (example->title);
  g_free (example->description);
  g_free (example->uri);
  g_free (example);
}

/* gettext ("") would return the catalogue's header */
static const char *
translate (const char *text)
{
  return text[0] != '\0' ? _(text) : text;
}

/* A group without a title or without its script is left out; a file that
 * cannot be read or parsed gives no examples at all. */
static GPtrArray *
load_examples (void)
{
  GPtrArray *examples = g_ptr_array_new_with_free_func (example_free);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) groups = NULL;

  bytes = g_resources_lookup_data (EXAMPLES_PATH "/examples.ini",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE,
                                   &error);
  if (bytes == NULL ||
      !g_key_file_load_from_bytes (key_file, bytes, G_KEY_FILE_NONE, &error))
    {
      g_warning ("Could not read the examples from %s/examples.ini: %s",
                 EXAMPLES_PATH, error->message);
      return examples;
    }

  groups = g_key_file_get_groups (key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (EXAMPLES_PATH "/", groups[i], ".py", NULL);
      g_autofree char *title = NULL;
      g_autofree char *description = NULL;
      Example *example;

      title = g_key_file_get_string (key_file, groups[i], "title", &error);
      if (title == NULL || title[0] == '\0')
        {
          g_warning ("examples.ini: [%s] has no title%s%s", groups[i],
                     error != NULL ? ": " : "", error != NULL ? error->message : "");
          g_clear_error (&error);
          continue;
        }

      if (!g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, &error))
        {
          g_warning ("examples.ini: [%s]: %s", groups[i], error->message);
          g_clear_error (&error);
          continue;
        }

      description = g_key_file_get_string (key_file, groups[i], "description", NULL);

      example = g_new0 (Example, 1);
      example->title = g_strdup (translate (title));
      example->description = g_strdup (description != NULL ? translate (description) : "");
      example->uri = g_strconcat ("resource://", path, NULL);
      g_ptr_array_add (examples, example);
    }

  return examples;
}

static GtkWidget *
create_row (const Example *example)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow;

  /* the descriptions are plain text, with "__del__" and the like */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), example->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), example->description);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  arrow = g_object_new (GTK_TYPE_IMAGE,
                        "icon-name", "go-next-symbolic",
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  return row;
}

static void
list_box_row_activated_cb (PmlExampleGallery *self,
                           GtkListBoxRow     *row)
{
  int index = gtk_list_box_row_get_index (row);

  g_assert (index >= 0);
  pml_example_gallery_activate (self, (guint) index);
}

static void
pml_example_gallery_dispose (GObject *object)
{
  PmlExampleGallery *self = PML_EXAMPLE_GALLERY (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PML_TYPE_EXAMPLE_GALLERY);

  G_OBJECT_CLASS (pml_example_gallery_parent_class)->dispose (object);
}

static void
pml_example_gallery_finalize (GObject *object)
{
  PmlExampleGallery *self = PML_EXAMPLE_GALLERY (object);

  g_clear_pointer (&self->examples, g_ptr_array_unref);

  G_OBJECT_CLASS (pml_example_gallery_parent_class)->finalize (object);
}

static void
pml_example_gallery_class_init (PmlExampleGalleryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pml_example_gallery_dispose;
  object_class->finalize = pml_example_gallery_finalize;

  /* the URI belongs to the gallery: copy it to keep it */
  signals[SIGNAL_EXAMPLE_ACTIVATED] =
    g_signal_new ("example-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  g_type_ensure (ADW_TYPE_CLAMP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pymemlab/PyMemLab/ui/"
                                               "pml-example-gallery.ui");
  gtk_widget_class_bind_template_child (widget_class, PmlExampleGallery, scroller);
  gtk_widget_class_bind_template_child (widget_class, PmlExampleGallery, list_box);
  gtk_widget_class_bind_template_callback (widget_class, list_box_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "examplegallery");
}

static void
pml_example_gallery_init (PmlExampleGallery *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->examples = load_examples ();
  for (guint i = 0; i < self->examples->len; i++)
    gtk_list_box_append (self->list_box, create_row (g_ptr_array_index (self->examples, i)));
}

GtkWidget *
pml_example_gallery_new (void)
{
  return g_object_new (PML_TYPE_EXAMPLE_GALLERY, NULL);
}

guint
pml_example_gallery_get_n_examples (PmlExampleGallery *self)
{
  g_return_val_if_fail (PML_IS_EXAMPLE_GALLERY (self), 0);

  return self->examples->len;
}

const char *
pml_example_gallery_get_uri (PmlExampleGallery *self,
                             guint              index)
{
  const Example *example;

  g_return_val_if_fail (PML_IS_EXAMPLE_GALLERY (self), NULL);
  g_return_val_if_fail (index < self->examples->len, NULL);

  example = g_ptr_array_index (self->examples, index);
  return example->uri;
}

const char *
pml_example_gallery_get_title (PmlExampleGallery *self,
                               guint              index)
{
  const Example *example;

  g_return_val_if_fail (PML_IS_EXAMPLE_GALLERY (self), NULL);
  g_return_val_if_fail (index < self->examples->len, NULL);

  example = g_ptr_array_index (self->examples, index);
  return example->title;
}

void
pml_example_gallery_activate (PmlExampleGallery *self,
                              guint              index)
{
  const Example *example;

  g_return_if_fail (PML_IS_EXAMPLE_GALLERY (self));
  g_return_if_fail (index < self->examples->len);

  example = g_ptr_array_index (self->examples, index);
  g_signal_emit (self, signals[SIGNAL_EXAMPLE_ACTIVATED], 0, example->uri);
}
