/* pml-recorder.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "config.h"

#include "pml-recorder.h"

/* Declared only in CPython's internal headers, exported all the same */
int _PyObject_DebugMallocStats (FILE *out);

/* 3.11 also takes frame data-stack chunks from the arena allocator;
 * only blocks of exactly this size are arenas */
#define ARENA_SIZE (1 << 20)

typedef struct
{
  FILE                   *trace;
  FILE                   *stats;
  gboolean                recording;
  PyMemAllocatorEx        mem;        /* the allocators the hooks wrap */
  PyMemAllocatorEx        obj;
  PyObjectArenaAllocator  arena;
  guint64                 n_requests;
  guint64                 n_maps;
  guint64                 n_unmaps;
} Recorder;

static Recorder recorder;

/* fprintf would dominate the recording: lines are formatted by hand */
static char *
put_hex (char    *out,
         guint64  value)
{
  char digits[16];
  int n = 0;

  do
    {
      digits[n++] = "0123456789abcdef"[value & 15];
      value >>= 4;
    }
  while (value != 0);
  while (n > 0)
    *out++ = digits[--n];
  return out;
}

static char *
put_decimal (char    *out,
             guint64  value)
{
  char digits[20];
  int n = 0;

  do
    {
      digits[n++] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value != 0);
  while (n > 0)
    *out++ = digits[--n];
  return out;
}

/* One trace line: the op, then hex addresses, then decimal sizes */
static void
write_line (char     op,
            int      n_hex,
            guint64  hex1,
            guint64  hex2,
            int      n_decimal,
            guint64  dec1,
            guint64  dec2)
{
  char line[96];
  char *p = line;

  *p++ = op;
  *p++ = ' ';
  p = put_hex (p, hex1);
  if (n_hex > 1)
    {
      *p++ = ' ';
      p = put_hex (p, hex2);
    }
  if (n_decimal > 0)
    {
      *p++ = ' ';
      p = put_decimal (p, dec1);
    }
  if (n_decimal > 1)
    {
      *p++ = ' ';
      p = put_decimal (p, dec2);
    }
  *p++ = '\n';
  fwrite_unlocked (line, 1, p - line, recorder.trace);
}

/* The wrappers call the real allocator first, then write the line: an
 * arena mapped or unmapped on the way is written before its request, as
 * the trace format wants. */

static void *
hook_malloc (void   *ctx,
             size_t  size)
{
  PyMemAllocatorEx *real = ctx;
  void *block = real->malloc (real->ctx, size);

  if (recorder.recording && block != NULL)
    {
      write_line ('m', 1, (guintptr) block, 0, 1, size, 0);
      recorder.n_requests++;
    }
  return block;
}

static void *
hook_calloc (void   *ctx,
             size_t  nelem,
             size_t  elsize)
{
  PyMemAllocatorEx *real = ctx;
  void *block = real->calloc (real->ctx, nelem, elsize);

  if (recorder.recording && block != NULL)
    {
      write_line ('c', 1, (guintptr) block, 0, 2, nelem, elsize);
      recorder.n_requests++;
    }
  return block;
}

static void *
hook_realloc (void   *ctx,
              void   *old,
              size_t  size)
{
  PyMemAllocatorEx *real = ctx;
  void *block = real->realloc (real->ctx, old, size);

  if (recorder.recording && block != NULL)
    {
      write_line ('r', 2, (guintptr) old, (guintptr) block, 1, size, 0);
      recorder.n_requests++;
    }
  return block;
}

static void
hook_free (void *ctx,
           void *block)
{
  PyMemAllocatorEx *real = ctx;

  real->free (real->ctx, block);
  if (recorder.recording)
    {
      write_line ('f', 1, (guintptr) block, 0, 0, 0, 0);
      recorder.n_requests++;
    }
}

static void *
hook_arena_alloc (void   *ctx,
                  size_t  size)
{
  void *arena = recorder.arena.alloc (recorder.arena.ctx, size);

  if (recorder.recording && arena != NULL && size == ARENA_SIZE)
    {
      write_line ('A', 1, (guintptr) arena, 0, 0, 0, 0);
      recorder.n_maps++;
    }
  return arena;
}

static void
hook_arena_free (void   *ctx,
                 void   *arena,
                 size_t  size)
{
  if (recorder.recording && size == ARENA_SIZE)
    {
      write_line ('U', 1, (guintptr) arena, 0, 0, 0, 0);
      recorder.n_unmaps++;
    }
  recorder.arena.free (recorder.arena.ctx, arena, size);
}

static void
install_hooks (void)
{
  PyMemAllocatorEx mem_hook = { &recorder.mem, hook_malloc, hook_calloc, hook_realloc, hook_free };
  PyMemAllocatorEx obj_hook = { &recorder.obj, hook_malloc, hook_calloc, hook_realloc, hook_free };
  PyObjectArenaAllocator arena_hook = { NULL, hook_arena_alloc, hook_arena_free };

  PyMem_GetAllocator (PYMEM_DOMAIN_MEM, &recorder.mem);
  PyMem_GetAllocator (PYMEM_DOMAIN_OBJ, &recorder.obj);
  PyObject_GetArenaAllocator (&recorder.arena);
  PyMem_SetAllocator (PYMEM_DOMAIN_MEM, &mem_hook);
  PyMem_SetAllocator (PYMEM_DOMAIN_OBJ, &obj_hook);
  PyObject_SetArenaAllocator (&arena_hook);
}

/* CPython prints no statistics while a hook is installed: put the real
 * allocators back first. Blocks allocated through the hooks are the real
 * allocator's, so they can be freed without them. */
static void
remove_hooks (void)
{
  PyMem_SetAllocator (PYMEM_DOMAIN_MEM, &recorder.mem);
  PyMem_SetAllocator (PYMEM_DOMAIN_OBJ, &recorder.obj);
  PyObject_SetArenaAllocator (&recorder.arena);
}

/* Registered with atexit before the script runs, so it is called at the
 * start of Py_FinalizeEx, after the script's own atexit callbacks */
static PyObject *
stop_recording (PyObject *self,
                PyObject *unused)
{
  if (recorder.recording)
    {
      recorder.recording = FALSE;
      fprintf (recorder.trace,
               "# end: recording stopped at interpreter finalization; requests=%" G_GUINT64_FORMAT
               " arenas_mapped=%" G_GUINT64_FORMAT " arenas_unmapped=%" G_GUINT64_FORMAT "\n",
               recorder.n_requests, recorder.n_maps, recorder.n_unmaps);
      remove_hooks ();
      _PyObject_DebugMallocStats (recorder.stats);
      fflush (recorder.stats);
    }

  Py_RETURN_NONE;
}

static PyMethodDef stop_method = { "pymemlab_stop_recording", stop_recording, METH_NOARGS, NULL };

static int
register_stop (void)
{
  PyObject *atexit = PyImport_ImportModule ("atexit");
  PyObject *callback = atexit ? PyCFunction_New (&stop_method, NULL) : NULL;
  PyObject *result = callback ? PyObject_CallMethod (atexit, "register", "O", callback) : NULL;

  Py_XDECREF (result);
  Py_XDECREF (callback);
  Py_XDECREF (atexit);
  return result != NULL ? 0 : -1;
}

int
pml_recorder_run (const char *script,
                  char      **script_args,
                  FILE       *trace,
                  FILE       *stats)
{
  PyStatus status;
  PyConfig config;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  recorder.trace = trace;
  recorder.stats = stats;
  fprintf (trace, "pymemlab-trace 1\npreset cpython-3.11\n");
  fprintf (trace, "# producer: pymemlab record %s\n", script);
  fprintf (trace, "# python: %s\n", Py_GetVersion ());

  /* in 3.11 the allocators can be swapped before any initialization */
  install_hooks ();
  recorder.recording = TRUE;

  g_ptr_array_add (argv, (gpointer) script);
  for (char **arg = script_args; arg != NULL && *arg != NULL; arg++)
    g_ptr_array_add (argv, *arg);

  /* as `python3 script.py`, but ignoring the environment, with hash seed
   * 0, so that a recording is reproducible */
  PyConfig_InitPythonConfig (&config);
  config.use_environment = 0;
  config.use_hash_seed = 1;
  config.hash_seed = 0;
  config.parse_argv = 0;
  config.install_signal_handlers = 1;
  status = PyConfig_SetBytesArgv (&config, (Py_ssize_t) argv->len, (char **) argv->pdata);
  if (!PyStatus_Exception (status))
    status = PyConfig_SetBytesString (&config, &config.run_filename, script);
  if (!PyStatus_Exception (status))
    status = Py_InitializeFromConfig (&config);
  PyConfig_Clear (&config);
  if (PyStatus_Exception (status))
    {
      stop_recording (NULL, NULL);
      Py_ExitStatusException (status);
    }

  if (register_stop () < 0)
    {
      PyErr_Print ();
      stop_recording (NULL, NULL);
    }

  /* runs the script, prints its traceback if it raises, finalizes */
  return Py_RunMain ();
}
