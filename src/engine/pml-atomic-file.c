/* pml-atomic-file.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pml-atomic-file.h"

/* The stream to the new file: write (2) on its descriptor, an error being
 * what the system says ("No space left on device"), for the callers to
 * put after the file's name */
#define PML_TYPE_FD_STREAM (pml_fd_stream_get_type ())
G_DECLARE_FINAL_TYPE (PmlFdStream, pml_fd_stream, PML, FD_STREAM, GOutputStream)

struct _PmlFdStream
{
  GOutputStream parent_instance;
  int           fd;
};

G_DEFINE_FINAL_TYPE (PmlFdStream, pml_fd_stream, G_TYPE_OUTPUT_STREAM)

static gssize
pml_fd_stream_write (GOutputStream  *stream,
                     const void     *buffer,
                     gsize           count,
                     GCancellable   *cancellable,
                     GError        **error)
{
  PmlFdStream *self = PML_FD_STREAM (stream);
  gssize n;

  (void) cancellable;
  do
    n = write (self->fd, buffer, count);
  while (n < 0 && errno == EINTR);
  if (n < 0)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
    }
  return n;
}

static void
pml_fd_stream_class_init (PmlFdStreamClass *klass)
{
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = pml_fd_stream_write;
}

static void
pml_fd_stream_init (PmlFdStream *self)
{
  self->fd = -1;
}

static GOutputStream *
pml_fd_stream_new (int fd)
{
  PmlFdStream *self = g_object_new (PML_TYPE_FD_STREAM, NULL);

  self->fd = fd;
  return G_OUTPUT_STREAM (self);
}

struct _PmlAtomicFile
{
  char          *path;       /* the target */
  char          *temp_path;  /* the new file, renamed over it at the end */
  int            fd;
  GOutputStream *stream;
};

/* the callers name the file */
static gboolean
fail_errno (GError **error,
            int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
  return FALSE;
}

/* A file size limit (ulimit -f) kills a process that writes past it with
 * SIGXFSZ, leaving the new file half written; ignored, the write fails
 * with EFBIG and the new file is removed like on any other error. */
static void
ignore_file_size_signal (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      signal (SIGXFSZ, SIG_IGN);
      g_once_init_leave (&done, 1);
    }
}

static void
atomic_file_free (PmlAtomicFile *self)
{
  if (self->path == NULL && !g_output_stream_is_closed (self->stream))
    {
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      /* GIO drops its temporary file when closed cancelled */
      g_cancellable_cancel (cancelled);
      g_output_stream_close (self->stream, cancelled, NULL);
    }
  g_clear_object (&self->stream);
  if (self->fd >= 0)
    close (self->fd);
  if (self->temp_path != NULL)
    g_unlink (self->temp_path);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}

PmlAtomicFile *
pml_atomic_file_begin (GFile   *file,
                       GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  PmlAtomicFile *self;
  GStatBuf st;

  if (path == NULL)
    {
      /* not a local file (a remote folder): GIO's own replacement, which
         keeps the old file when closed cancelled */
      GFileOutputStream *stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);

      if (stream == NULL)
        return NULL;
      self = g_new0 (PmlAtomicFile, 1);
      self->fd = -1;
      self->stream = G_OUTPUT_STREAM (stream);
      return self;
    }
  if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      fail_errno (error, EISDIR);
      return NULL;
    }
  ignore_file_size_signal ();

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  self = g_new0 (PmlAtomicFile, 1);
  self->path = g_steal_pointer (&path);
  /* hidden, next to the target: the rename stays within one file system */
  self->temp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  /* 0666 less the umask, as a file created by open () */
  self->fd = g_mkstemp_full (self->temp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (self->fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp_path, g_free);
      fail_errno (error, saved_errno);
      atomic_file_free (self);
      return NULL;
    }
  /* an existing file keeps its permissions */
  if (g_stat (self->path, &st) == 0)
    fchmod (self->fd, st.st_mode & 07777);
  self->stream = pml_fd_stream_new (self->fd);
  return self;
}

GOutputStream *
pml_atomic_file_get_stream (PmlAtomicFile *self)
{
  return self->stream;
}

/* Syncs the new file and renames it over the target; frees @self, and on
 * an error removes the new file */
gboolean
pml_atomic_file_commit (PmlAtomicFile  *self,
                        GError        **error)
{
  int fd;

  if (self->path == NULL)
    {
      gboolean ok = g_output_stream_close (self->stream, NULL, error);

      atomic_file_free (self);
      return ok;
    }
  if (!g_output_stream_close (self->stream, NULL, error))
    {
      atomic_file_free (self);
      return FALSE;
    }
  /* a full disk may only show when the data reaches it */
  if (fsync (self->fd) != 0)
    {
      fail_errno (error, errno);
      atomic_file_free (self);
      return FALSE;
    }
  fd = self->fd;
  self->fd = -1;
  if (close (fd) != 0 || g_rename (self->temp_path, self->path) != 0)
    {
      fail_errno (error, errno);
      atomic_file_free (self);
      return FALSE;
    }
  g_clear_pointer (&self->temp_path, g_free);
  atomic_file_free (self);
  return TRUE;
}

/* Removes the new file; the target stays as it was */
void
pml_atomic_file_abort (PmlAtomicFile *self)
{
  atomic_file_free (self);
}

gboolean
pml_atomic_file_set_contents (GFile       *file,
                              const char  *data,
                              gsize        length,
                              GError     **error)
{
  PmlAtomicFile *self = pml_atomic_file_begin (file, error);

  if (self == NULL)
    return FALSE;
  if (!g_output_stream_write_all (self->stream, data, length, NULL, NULL, error))
    {
      pml_atomic_file_abort (self);
      return FALSE;
    }
  return pml_atomic_file_commit (self, error);
}
