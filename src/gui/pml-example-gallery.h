/* pml-example-gallery.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The classroom examples (data/examples/examples.desktop, bundled as examples.ini) as a list of rows;
 * activating one emits ::example-activated with the script's resource URI.
 * The gallery scrolls by itself. */

#define PML_TYPE_EXAMPLE_GALLERY (pml_example_gallery_get_type ())

G_DECLARE_FINAL_TYPE (PmlExampleGallery, pml_example_gallery, PML, EXAMPLE_GALLERY, GtkWidget)

GtkWidget  *pml_example_gallery_new (void);

guint       pml_example_gallery_get_n_examples (PmlExampleGallery *self);
const char *pml_example_gallery_get_uri        (PmlExampleGallery *self,
                                                guint              index);
const char *pml_example_gallery_get_title      (PmlExampleGallery *self,
                                                guint              index);

/* what activating row @index does (the tests activate it this way) */
void        pml_example_gallery_activate (PmlExampleGallery *self,
                                          guint              index);

G_END_DECLS
