/* pml-py-interp.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-ast.h"
#include "pml-py-interp-private.h"
#include "pml-py-module-table.h"
#include "pml-py-weakref.h"
#include "pml-py-sys.h"
#include "pml-py-traceback.h"

/* Start-up, running a scenario as __main__, and interpreter shutdown in
 * CPython's order: the AST arena and the module code are released, a full
 * collection runs, then __main__'s names are cleared. */

void pml_register_object (PmlObj *o, gsize request);
void pml_vm_free_objects (void);
void pml_freelists_prefill (void);
static void age_startup_objects (PmlVM *vm);
PmlObj *pml_str_new_static (const char *utf8, gsize nbytes);

G_DEFINE_QUARK (pml-script-error-quark, pml_script_error)

static PmlInterp *current;

void
pml_write_out (const char *s, gssize len)
{
  gsize n = len < 0 ? strlen (s) : (gsize) len;

  if (current && current->write)
    current->write (FALSE, s, n, current->write_data);
  else
    g_string_append_len (VM->out, s, (gssize) n);
}

void pml_write_err (const char *s, gssize len);

void
pml_write_err (const char *s, gssize len)
{
  gsize n = len < 0 ? strlen (s) : (gsize) len;

  if (current && current->write)
    current->write (TRUE, s, n, current->write_data);
  else
    g_string_append_len (VM->err, s, (gssize) n);
}

typedef struct
{
  PmlTypeId id;
  const char *name;
  PmlKind kind;
  int base;          /* a PmlTypeId, or -1 */
  gsize basicsize;
  const PmlTypeSlots *slots;   /* NULL: the base's */
} TypeDef;

static const TypeDef type_defs[] = {
  { T_OBJECT, "object", K_OBJECT, -1, 16, &pml_object_slots },
  { T_NONETYPE, "NoneType", K_NONE, T_OBJECT, 16, &pml_none_slots },
  { T_INT, "int", K_INT, T_OBJECT, 24, &pml_int_slots },
  { T_BOOL, "bool", K_BOOL, T_INT, 24, &pml_bool_slots },
  { T_FLOAT, "float", K_FLOAT, T_OBJECT, 24, &pml_float_slots },
  { T_STR, "str", K_STR, T_OBJECT, 48, &pml_str_slots },
  { T_BYTES, "bytes", K_BYTES, T_OBJECT, 33, &pml_bytes_slots },
  { T_BYTEARRAY, "bytearray", K_BYTEARRAY, T_OBJECT, 56, &pml_bytearray_slots },
  { T_TUPLE, "tuple", K_TUPLE, T_OBJECT, 24, &pml_tuple_slots },
  { T_LIST, "list", K_LIST, T_OBJECT, 40, &pml_list_slots },
  { T_DICT, "dict", K_DICT, T_OBJECT, 48, &pml_dict_slots },
  { T_SET, "set", K_SET, T_OBJECT, 200, &pml_set_slots },
  { T_FROZENSET, "frozenset", K_FROZENSET, T_OBJECT, 200, &pml_frozenset_slots },
  { T_FUNCTION, "function", K_FUNCTION, T_OBJECT, 136, &pml_function_slots },
  { T_BUILTIN, "builtin_function_or_method", K_BUILTIN, T_OBJECT, 56, &pml_builtin_slots },
  { T_METHOD, "method", K_METHOD, T_OBJECT, 48, &pml_method_slots },
  { T_MODULE, "module", K_MODULE, T_OBJECT, 56, &pml_module_slots },
  { T_WEAKREF, "weakref.ReferenceType", K_WEAKREF, T_OBJECT, 64, &pml_weakref_slots },
  { T_CELL, "cell", K_CELL, T_OBJECT, 24, &pml_cell_slots },
  { T_CODE, "code", K_CODE, T_OBJECT, 200, &pml_code_slots },
  { T_RANGE, "range", K_RANGE, T_OBJECT, 48, &pml_range_slots },
  { T_SLICE, "slice", K_SLICE, T_OBJECT, 40, &pml_slice_slots },
  { T_GENERATOR, "generator", K_GENERATOR, T_OBJECT, 88, &pml_generator_slots },
  { T_LIST_ITER, "list_iterator", K_ITER, T_OBJECT, 32, &pml_iter_slots },
  { T_TUPLE_ITER, "tuple_iterator", K_ITER, T_OBJECT, 32, &pml_iter_slots },
  { T_STR_ITER, "str_ascii_iterator", K_ITER, T_OBJECT, 32, &pml_iter_slots },
  { T_RANGE_ITER, "range_iterator", K_ITER, T_OBJECT, 48, &pml_iter_slots },
  { T_DICT_KEYITER, "dict_keyiterator", K_ITER, T_OBJECT, 56, &pml_iter_slots },
  { T_DICT_VALUEITER, "dict_valueiterator", K_ITER, T_OBJECT, 56, &pml_iter_slots },
  { T_DICT_ITEMITER, "dict_itemiterator", K_ITER, T_OBJECT, 56, &pml_iter_slots },
  { T_SET_ITER, "set_iterator", K_ITER, T_OBJECT, 48, &pml_iter_slots },
  { T_ENUMERATE, "enumerate", K_ITER, T_OBJECT, 56, &pml_enumerate_slots },
  { T_ZIP, "zip", K_ITER, T_OBJECT, 48, &pml_zip_slots },
  { T_REVERSED, "reversed", K_ITER, T_OBJECT, 32, &pml_reversed_slots },
  { T_BYTES_ITER, "bytes_iterator", K_ITER, T_OBJECT, 32, &pml_iter_slots },
  { T_DICT_KEYS, "dict_keys", K_DICTVIEW, T_OBJECT, 24, &pml_dictview_slots },
  { T_DICT_VALUES, "dict_values", K_DICTVIEW, T_OBJECT, 24, &pml_dict_values_slots },
  { T_DICT_ITEMS, "dict_items", K_DICTVIEW, T_OBJECT, 24, &pml_dictview_slots },
  { T_ELLIPSIS, "ellipsis", K_NOTIMPL, T_OBJECT, 16, &pml_ellipsis_slots },
  { T_NOTIMPL, "NotImplementedType", K_NOTIMPL, T_OBJECT, 16, &pml_notimplemented_slots },
  { T_SEQ_ITER, "iterator", K_ITER, T_OBJECT, 32, &pml_iter_slots },
  { T_PROPERTY, "property", K_INSTANCE, T_OBJECT, 64, &pml_descriptor_slots },
  { T_CLASSMETHOD, "classmethod", K_INSTANCE, T_OBJECT, 32, &pml_descriptor_slots },
  { T_STATICMETHOD, "staticmethod", K_INSTANCE, T_OBJECT, 32, &pml_descriptor_slots },
  { T_SUPER, "super", K_INSTANCE, T_OBJECT, 40, &pml_descriptor_slots },
  { T_GETSET, "getset_descriptor", K_INSTANCE, T_OBJECT, 48, &pml_descriptor_slots },
  { T_MEMBER, "member_descriptor", K_INSTANCE, T_OBJECT, 48, &pml_descriptor_slots },
  { T_RANDOM, "_random.Random", K_INSTANCE, T_OBJECT, 2520, &pml_random_slots },
  { T_GENERIC_ALIAS, "types.GenericAlias", K_INSTANCE, T_OBJECT, 64, &pml_generic_alias_slots },
  { T_UNION_TYPE, "types.UnionType", K_INSTANCE, T_OBJECT, 32, &pml_union_type_slots },
  { T_BASE_EXCEPTION, "BaseException", K_INSTANCE, T_OBJECT, 72, &pml_exception_slots },
  { T_EXCEPTION, "Exception", K_INSTANCE, T_BASE_EXCEPTION, 72 },
  { T_ARITHMETIC_ERROR, "ArithmeticError", K_INSTANCE, T_EXCEPTION, 72 },
  { T_LOOKUP_ERROR, "LookupError", K_INSTANCE, T_EXCEPTION, 72 },
  { T_NAME_ERROR, "NameError", K_INSTANCE, T_EXCEPTION, 88 },
  { T_UNBOUND_LOCAL_ERROR, "UnboundLocalError", K_INSTANCE, T_NAME_ERROR, 88 },
  { T_ATTRIBUTE_ERROR, "AttributeError", K_INSTANCE, T_EXCEPTION, 88 },
  { T_TYPE_ERROR, "TypeError", K_INSTANCE, T_EXCEPTION, 72 },
  { T_VALUE_ERROR, "ValueError", K_INSTANCE, T_EXCEPTION, 72 },
  { T_INDEX_ERROR, "IndexError", K_INSTANCE, T_LOOKUP_ERROR, 72 },
  { T_KEY_ERROR, "KeyError", K_INSTANCE, T_LOOKUP_ERROR, 72 },
  { T_ZERO_DIVISION_ERROR, "ZeroDivisionError", K_INSTANCE, T_ARITHMETIC_ERROR, 72 },
  { T_RUNTIME_ERROR, "RuntimeError", K_INSTANCE, T_EXCEPTION, 72 },
  { T_RECURSION_ERROR, "RecursionError", K_INSTANCE, T_RUNTIME_ERROR, 72 },
  { T_MEMORY_ERROR, "MemoryError", K_INSTANCE, T_EXCEPTION, 72 },
  { T_STOP_ITERATION, "StopIteration", K_INSTANCE, T_EXCEPTION, 80 },
  { T_OVERFLOW_ERROR, "OverflowError", K_INSTANCE, T_ARITHMETIC_ERROR, 72 },
  { T_ASSERTION_ERROR, "AssertionError", K_INSTANCE, T_EXCEPTION, 72 },
  { T_NOT_IMPLEMENTED_ERROR, "NotImplementedError", K_INSTANCE, T_RUNTIME_ERROR, 72 },
  { T_IMPORT_ERROR, "ImportError", K_INSTANCE, T_EXCEPTION, 96 },
  { T_MODULE_NOT_FOUND_ERROR, "ModuleNotFoundError", K_INSTANCE, T_IMPORT_ERROR, 96 },
  { T_GENERATOR_EXIT, "GeneratorExit", K_INSTANCE, T_BASE_EXCEPTION, 72 },
  { T_KEYBOARD_INTERRUPT, "KeyboardInterrupt", K_INSTANCE, T_BASE_EXCEPTION, 72 },
  { T_SYSTEM_EXIT, "SystemExit", K_INSTANCE, T_BASE_EXCEPTION, 80 },
  { T_UNICODE_ERROR, "UnicodeError", K_INSTANCE, T_VALUE_ERROR, 72 },
  { T_MAP, "map", K_ITER, T_OBJECT, 32, &pml_map_slots },
  { T_FILTER, "filter", K_ITER, T_OBJECT, 32, &pml_filter_slots },
  { T_EOF_ERROR, "EOFError", K_INSTANCE, T_EXCEPTION, 72, &pml_exception_slots },
  { T_UNICODE_ENCODE_ERROR, "UnicodeEncodeError", K_INSTANCE, T_UNICODE_ERROR, 112, &pml_exception_slots },
  { T_UNICODE_DECODE_ERROR, "UnicodeDecodeError", K_INSTANCE, T_UNICODE_ERROR, 112, &pml_exception_slots },
  { T_DEFAULTDICT, "collections.defaultdict", K_DICT, T_DICT, 56, &pml_defaultdict_slots },
  { T_DEQUE, "collections.deque", K_DEQUE, T_OBJECT, 216, &pml_deque_slots },
  { T_DEQUE_ITER, "_collections._deque_iterator", K_DEQUE_ITER, T_OBJECT, 56, &pml_deque_iter_slots },
  { T_DEQUE_REVITER, "_collections._deque_reverse_iterator", K_DEQUE_ITER, T_OBJECT, 56, &pml_deque_iter_slots },
  { T_ORDEREDDICT, "collections.OrderedDict", K_DICT, T_DICT, 112, &pml_odict_slots },
  { T_ODICT_ITER, "odict_iterator", K_ODICT_ITER, T_OBJECT, 64, &pml_odict_iter_slots },
  { T_ODICT_KEYS, "odict_keys", K_DICTVIEW, T_DICT_KEYS, 24, &pml_odict_view_slots },
  { T_ODICT_VALUES, "odict_values", K_DICTVIEW, T_DICT_VALUES, 24, &pml_odict_view_slots },
  { T_ODICT_ITEMS, "odict_items", K_DICTVIEW, T_DICT_ITEMS, 24, &pml_odict_view_slots },
  { T_COMPLEX, "complex", K_COMPLEX, T_OBJECT, 32, &pml_complex_slots },
  { T_KEYEDREF, "weakref.KeyedRef", K_WEAKREF, T_WEAKREF, 72, &pml_keyedref_slots },
  { T_WEAKMETHOD, "weakref.WeakMethod", K_WEAKREF, T_WEAKREF, 96, &pml_weakmethod_slots },
  { T_WEAKPROXY, "weakref.ProxyType", K_WEAKREF, T_OBJECT, 64, &pml_weakproxy_slots },
  { T_WEAKCALLABLEPROXY, "weakref.CallableProxyType", K_WEAKREF, T_OBJECT, 64, &pml_weakcallableproxy_slots },
  { T_REFERENCE_ERROR, "ReferenceError", K_INSTANCE, T_EXCEPTION, 72 },
  { T_TEXTIO, "_io.TextIOWrapper", K_OBJECT, T_OBJECT, 80, &pml_textio_slots },
  { T_VERSION_INFO, "sys.version_info", K_TUPLE, T_TUPLE, 24, &pml_version_info_slots },
  { T_FLOAT_INFO, "sys.float_info", K_TUPLE, T_TUPLE, 24, &pml_version_info_slots },
  { T_INT_INFO, "sys.int_info", K_TUPLE, T_TUPLE, 24, &pml_version_info_slots },
  { T_HASH_INFO, "sys.hash_info", K_TUPLE, T_TUPLE, 24, &pml_version_info_slots },
  { T_MAPPINGPROXY, "mappingproxy", K_INSTANCE, T_OBJECT, 24, &pml_mappingproxy_slots },
  { T_TRACEBACK, "traceback", K_INSTANCE, T_OBJECT, 40, &pml_traceback_slots },
  { T_FRAME, "frame", K_INSTANCE, T_OBJECT, 120, &pml_frame_slots },
  { T_DICT_REVKEYITER, "dict_reversekeyiterator", K_ITER, T_OBJECT, 56, &pml_iter_slots },
  { T_DICT_REVVALUEITER, "dict_reversevalueiterator", K_ITER, T_OBJECT, 56, &pml_iter_slots },
  { T_DICT_REVITEMITER, "dict_reverseitemiterator", K_ITER, T_OBJECT, 56, &pml_iter_slots },
  { T_OS_ERROR, "OSError", K_INSTANCE, T_EXCEPTION, 112, &pml_oserror_slots },
  { T_CONNECTION_ERROR, "ConnectionError", K_INSTANCE, T_OS_ERROR, 112 },
  { T_BLOCKING_IO_ERROR, "BlockingIOError", K_INSTANCE, T_OS_ERROR, 112 },
  { T_CHILD_PROCESS_ERROR, "ChildProcessError", K_INSTANCE, T_OS_ERROR, 112 },
  { T_BROKEN_PIPE_ERROR, "BrokenPipeError", K_INSTANCE, T_CONNECTION_ERROR, 112 },
  { T_CONNECTION_ABORTED_ERROR, "ConnectionAbortedError", K_INSTANCE, T_CONNECTION_ERROR, 112 },
  { T_CONNECTION_REFUSED_ERROR, "ConnectionRefusedError", K_INSTANCE, T_CONNECTION_ERROR, 112 },
  { T_CONNECTION_RESET_ERROR, "ConnectionResetError", K_INSTANCE, T_CONNECTION_ERROR, 112 },
  { T_FILE_EXISTS_ERROR, "FileExistsError", K_INSTANCE, T_OS_ERROR, 112 },
  { T_FILE_NOT_FOUND_ERROR, "FileNotFoundError", K_INSTANCE, T_OS_ERROR, 112 },
  { T_INTERRUPTED_ERROR, "InterruptedError", K_INSTANCE, T_OS_ERROR, 112 },
  { T_IS_A_DIRECTORY_ERROR, "IsADirectoryError", K_INSTANCE, T_OS_ERROR, 112 },
  { T_NOT_A_DIRECTORY_ERROR, "NotADirectoryError", K_INSTANCE, T_OS_ERROR, 112 },
  { T_PERMISSION_ERROR, "PermissionError", K_INSTANCE, T_OS_ERROR, 112 },
  { T_PROCESS_LOOKUP_ERROR, "ProcessLookupError", K_INSTANCE, T_OS_ERROR, 112 },
  { T_TIMEOUT_ERROR, "TimeoutError", K_INSTANCE, T_OS_ERROR, 112 },
  { T_SYNTAX_ERROR, "SyntaxError", K_INSTANCE, T_EXCEPTION, 136 },
  { T_INDENTATION_ERROR, "IndentationError", K_INSTANCE, T_SYNTAX_ERROR, 136 },
  { T_TAB_ERROR, "TabError", K_INSTANCE, T_INDENTATION_ERROR, 136 },
  { T_BUFFER_ERROR, "BufferError", K_INSTANCE, T_EXCEPTION, 72 },
  { T_FLOATING_POINT_ERROR, "FloatingPointError", K_INSTANCE, T_ARITHMETIC_ERROR, 72 },
  { T_SYSTEM_ERROR, "SystemError", K_INSTANCE, T_EXCEPTION, 72 },
  { T_STOP_ASYNC_ITERATION, "StopAsyncIteration", K_INSTANCE, T_EXCEPTION, 72 },
  { T_UNICODE_TRANSLATE_ERROR, "UnicodeTranslateError", K_INSTANCE, T_UNICODE_ERROR, 112 },
  { T_WARNING, "Warning", K_INSTANCE, T_EXCEPTION, 72 },
  { T_USER_WARNING, "UserWarning", K_INSTANCE, T_WARNING, 72 },
  { T_DEPRECATION_WARNING, "DeprecationWarning", K_INSTANCE, T_WARNING, 72 },
  { T_PENDING_DEPRECATION_WARNING, "PendingDeprecationWarning", K_INSTANCE, T_WARNING, 72 },
  { T_SYNTAX_WARNING, "SyntaxWarning", K_INSTANCE, T_WARNING, 72 },
  { T_RUNTIME_WARNING, "RuntimeWarning", K_INSTANCE, T_WARNING, 72 },
  { T_FUTURE_WARNING, "FutureWarning", K_INSTANCE, T_WARNING, 72 },
  { T_IMPORT_WARNING, "ImportWarning", K_INSTANCE, T_WARNING, 72 },
  { T_UNICODE_WARNING, "UnicodeWarning", K_INSTANCE, T_WARNING, 72 },
  { T_BYTES_WARNING, "BytesWarning", K_INSTANCE, T_WARNING, 72 },
  { T_RESOURCE_WARNING, "ResourceWarning", K_INSTANCE, T_WARNING, 72 },
  { T_ENCODING_WARNING, "EncodingWarning", K_INSTANCE, T_WARNING, 72 },
  { T_METHOD_DESCR, "method_descriptor", K_BUILTIN, T_OBJECT, 56, &pml_method_descr_slots },
  { T_WRAPPER_DESCR, "wrapper_descriptor", K_BUILTIN, T_OBJECT, 56, &pml_wrapper_descr_slots },
  { T_CLASSMETHOD_DESCR, "classmethod_descriptor", K_BUILTIN, T_OBJECT, 56, &pml_method_descr_slots },
  { T_METHOD_WRAPPER, "method-wrapper", K_BUILTIN, T_OBJECT, 32, &pml_method_wrapper_slots },
};

static void
init_types (PmlVM *vm)
{
  PmlObj *type_type = pml_obj_host_new ();

  type_type->kind = K_TYPE;
  type_type->refcnt = 1;
  type_type->flags = OBJ_STATIC;
  type_type->type = type_type;
  type_type->u.ty.name = g_strdup ("type");
  type_type->u.ty.inst_kind = K_TYPE;
  type_type->u.ty.builtin = TRUE;
  type_type->u.ty.basicsize = 904;
  type_type->u.ty.tp = &pml_type_slots;
  vm->types[T_TYPE] = type_type;
  pml_collections_slots_init ();
  pml_oserror_slots_init ();
  for (guint i = 0; i < G_N_ELEMENTS (type_defs); i++)
    {
      const TypeDef *d = &type_defs[i];

      PmlObj *base = d->base >= 0 ? vm->types[d->base] : NULL;

      vm->types[d->id] = pml_type_new_builtin (d->name, d->kind, base, d->basicsize, FALSE);
      vm->types[d->id]->u.ty.tp = d->slots ? d->slots : base ? base->u.ty.tp : NULL;
      if (d->kind == K_INSTANCE && d->id >= T_BASE_EXCEPTION)
        {
          vm->types[d->id]->u.ty.is_exception = TRUE;
          vm->types[d->id]->u.ty.has_dict = TRUE;
          vm->types[d->id]->u.ty.has_weakref = TRUE;
        }
    }
  type_type->u.ty.base = vm->types[T_OBJECT];
}

static const char *static_names[] = {
  "__init__", "__call__", "__del__", "__repr__", "__str__", "__eq__", "__hash__", "__len__",
  "__iter__", "__next__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__bool__",
  "__name__", "__qualname__", "__module__", "__main__", "__dict__", "__slots__", "__weakref__",
  "__class__", "__doc__", "__package__", "__builtins__", "__file__", "__build_class__",
  "generation", "collected", "uncollectable", "collections", "start", "stop", "self",
  NULL
};

static void
init_singletons (PmlVM *vm)
{
  PmlObj *statics[] = { &vm->none, &vm->true_, &vm->false_, &vm->ellipsis, &vm->notimpl };
  PmlTypeId ids[] = { T_NONETYPE, T_BOOL, T_BOOL, T_ELLIPSIS, T_NOTIMPL };
  PmlKind kinds[] = { K_NONE, K_BOOL, K_BOOL, K_NOTIMPL, K_NOTIMPL };

  for (guint i = 0; i < G_N_ELEMENTS (statics); i++)
    {
      statics[i]->type = vm->types[ids[i]];
      statics[i]->kind = kinds[i];
      statics[i]->refcnt = 1;
      statics[i]->flags = OBJ_STATIC;
      statics[i]->addr = G_GUINT64_CONSTANT (0x555555900000) + 32 * i;
      pml_register_object (statics[i], 0);
    }
  vm->true_.u.i.v = 1;
  for (int i = 0; i < PML_NSMALLNEG + PML_NSMALLPOS; i++)
    {
      PmlObj *o = pml_obj_new_static (vm->types[T_INT], K_INT);

      o->u.i.v = i - PML_NSMALLNEG;
      vm->small_ints[i] = o;
    }
  vm->empty_str = pml_str_new_static ("", 0);
  vm->empty_str->flags |= OBJ_INTERNED;
  g_hash_table_insert (vm->interned, vm->empty_str->u.s.s, vm->empty_str);
  for (int c = 0; c < 256; c++)
    {
      char buf[8];
      gint n = g_unichar_to_utf8 ((gunichar) c, buf);

      vm->latin1[c] = pml_str_new_static (buf, (gsize) n);
      vm->bytes1[c] = pml_obj_new_static (vm->types[T_BYTES], K_BYTES);
      vm->bytes1[c]->u.b.data = g_memdup2 (&c, 1);
      vm->bytes1[c]->u.b.data[0] = (guint8) c;
      vm->bytes1[c]->u.b.len = 1;
    }
  /* identifiers the runtime itself uses are static interned strings in
     CPython (_Py_ID): looking them up allocates nothing */
  for (guint i = 0; static_names[i] != NULL; i++)
    {
      PmlObj *name = pml_str_new_static (static_names[i], strlen (static_names[i]));

      name->flags |= OBJ_INTERNED;
      g_hash_table_insert (vm->interned, name->u.s.s, name);
    }
  /* 3.11 and 3.12 deep-freeze their start-up modules: the one-letter
     names and constants those use are static strings interned before
     the latin-1 singletons, so a literal 'a' is not chr(97) there */
  {
    const char *v = vm->preset->python_version;
    int minor = v[2] == '1' ? 10 + (v[3] - '0') : v[2] - '0';
    const char *shadowed = minor == 11 ? "BCLST_abcdefhijklmnopqrstvwxy" : minor == 12 ? "_abcdenprsx" : "";

    for (const char *c = shadowed; *c; c++)
      {
        PmlObj *name = pml_str_new_static (c, 1);

        name->flags |= OBJ_INTERNED;
        g_hash_table_insert (vm->interned, name->u.s.s, name);
      }
  }
  vm->empty_bytes = pml_obj_new_static (vm->types[T_BYTES], K_BYTES);
  vm->empty_bytes->u.b.data = g_malloc0 (1);
  vm->empty_tuple = pml_obj_new_static (vm->types[T_TUPLE], K_TUPLE);
  vm->empty_tuple->flags |= OBJ_GC;
  vm->dummy = pml_obj_new_static (vm->types[T_OBJECT], K_OBJECT);
}

PmlInterp *
pml_interp_new (PmlHeap *heap, const PmlInterpOptions *options)
{
  PmlInterp *interp = g_new0 (PmlInterp, 1);
  PmlVM *vm = &interp->vm;

  vm->heap = pml_heap_ref (heap);
  vm->host_objects.host_next = vm->host_objects.host_prev = &vm->host_objects;
  vm->preset = pml_heap_get_preset (heap);
  vm->heap_n_events = pml_heap_get_n_events_location (heap);
  if (options)
    vm->opts = *options;
  vm->recursion_limit = 1000;
  vm->int_max_str_digits = PML_INT_DEFAULT_MAX_STR_DIGITS;
  vm->interned = g_hash_table_new (g_str_hash, g_str_equal);
  for (int i = 0; i < PML_TUPLE_MAXSAVESIZE; i++)
    vm->tuple_free[i] = g_ptr_array_new ();
  vm->list_free = g_ptr_array_new ();
  vm->dict_free = g_ptr_array_new ();
  vm->float_free = g_ptr_array_new ();
  vm->keys_free = g_array_new (FALSE, FALSE, sizeof (guint64));
  vm->exc_stack = g_ptr_array_new ();
  vm->trash = g_ptr_array_new ();
  vm->out = g_string_new (NULL);
  vm->err = g_string_new (NULL);
  pml_chunks_init (&vm->events, sizeof (PmlObjEvent));
  pml_chunks_init (&vm->event_sync, 2 * sizeof (guint32));
  pml_chunks_init (&vm->objects, sizeof (PmlObjInfo));
  /* the graph is drawn from the event stream's object numbers */
  vm->opts.record_graph = vm->opts.record_graph && vm->opts.record_events;
  interp->graphs = g_array_new (FALSE, FALSE, sizeof (PmlGraphSnapshot));
  interp->graph_blobs = g_ptr_array_new_with_free_func (g_free);
  if (vm->opts.record_requests)
    {
      vm->requests = g_array_new (FALSE, FALSE, sizeof (PmlRequest));
      vm->collection_requests = g_array_new (FALSE, FALSE, sizeof (guint));
    }

  if (vm->opts.record_events && !vm->opts.skip_reasons)
    pml_reason_init (vm);

  pml_vm = vm;
  pml_vm_logging = vm->opts.record_events;
  current = interp;
  init_types (vm);
  pml_gc_init ();
  init_singletons (vm);
  pml_builtins_init ();
  pml_modules_init ();
  pml_freelists_prefill ();
  age_startup_objects (vm);
  return interp;
}

/* CPython's start-up runs collections before the script starts: what it
 * made and still holds has moved to the oldest generation, so it comes
 * last in gc.get_objects() and gc.get_referrers(). (The allocation counts
 * are left as they are.) */
static void
age_startup_object (PmlVM *vm, PmlObj *o)
{
  PmlObj *oldest = &vm->gen[PML_NUM_GENERATIONS - 1].head;

  for (int g = 0; g < PML_NUM_GENERATIONS - 1; g++)
    for (PmlObj *p = vm->gen[g].head.gc_next; p != &vm->gen[g].head; p = p->gc_next)
      if (p == o)
        {
          pml_event (PML_OBJ_EVENT_PROMOTE, o->serial, PML_PROMOTE_VALUE (g, PML_NUM_GENERATIONS - 1));
          pml_gc_list_remove (o);
          pml_gc_list_append (o, oldest);
          return;
        }
}

static void
age_startup_objects (PmlVM *vm)
{
  for (int g = 0; g < PML_NUM_GENERATIONS - 1; g++)
    {
      for (PmlObj *o = vm->gen[g].head.gc_next; o != &vm->gen[g].head; o = o->gc_next)
        pml_event (PML_OBJ_EVENT_PROMOTE, o->serial, PML_PROMOTE_VALUE (g, PML_NUM_GENERATIONS - 1));
      pml_gc_list_merge (&vm->gen[g].head, &vm->gen[PML_NUM_GENERATIONS - 1].head);
    }
}

static void
make_main (PmlInterp *interp, const char *filename)
{
  PmlVM *vm = &interp->vm;
  PmlObj *name = pml_str_intern_cstr ("__main__"), *file = pml_str_new (filename, -1);
  PmlObj *builtins_module = pml_module_new ("builtins"), *annotations = pml_dict_new ();

  PML_SETREF (builtins_module->u.mod.dict, pml_incref (vm->builtins));
  vm->main_module = pml_module_new ("__main__");
  vm->main_globals = vm->main_module->u.mod.dict;
  /* the names CPython's __main__ starts with, in its order, so the dict
   * grows at the same names as CPython's (its loader is left out: None) */
  pml_dict_set_str (vm->main_globals, "__name__", name);
  pml_dict_set_str (vm->main_globals, "__doc__", NONE);
  pml_dict_set_str (vm->main_globals, "__package__", NONE);
  pml_dict_set_str (vm->main_globals, "__loader__", NONE);
  pml_dict_set_str (vm->main_globals, "__spec__", NONE);
  pml_dict_set_str (vm->main_globals, "__annotations__", annotations);
  pml_dict_set_str (vm->main_globals, "__builtins__", builtins_module);
  pml_dict_set_str (vm->main_globals, "__file__", file);
  pml_dict_set_str (vm->main_globals, "__cached__", NONE);
  pml_decref (annotations);
  pml_dict_set_str (vm->modules, "__main__", vm->main_module);
  pml_sys_set_argv (filename);
  /* made at start-up in CPython, before the script is compiled */
  age_startup_object (vm, vm->main_module);
  age_startup_object (vm, vm->main_globals);
  age_startup_object (vm, builtins_module);
  age_startup_object (vm, annotations);
  pml_decref (name);
  pml_decref (file);
  pml_decref (builtins_module);
}

void
pml_interp_set_argv0 (PmlInterp  *interp,
                      const char *arg)
{
  pml_vm = &interp->vm;
  current = interp;
  pml_sys_set_argv (arg);
}

/* The source's lines, for tracebacks: as g_strsplit (source, "\n", -1),
 * in one pass (g_strsplit's strstr rescans the rest of the source per
 * line under the sanitizers' interceptors) */
static char **
split_lines (const char *source,
             gsize       length)
{
  GPtrArray *lines = g_ptr_array_new ();
  const char *p = source, *end = source + strnlen (source, length);

  for (;;)
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));

      g_ptr_array_add (lines, g_strndup (p, (gsize) ((nl ? nl : end) - p)));
      if (nl == NULL)
        break;
      p = nl + 1;
    }
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

gboolean
pml_interp_load (PmlInterp  *interp,
                 const char *filename,
                 const char *source,
                 gsize       length,
                 GError    **error)
{
  pml_vm = &interp->vm;
  current = interp;
  /* a file from Windows or classic Mac OS: "\n" ends its lines from here on */
  interp->source = pml_source_normalize_newlines (source, length, &length);
  interp->vm.filename = g_intern_string (filename);
  interp->vm.source_lines = split_lines (interp->source, length);
  interp->vm.n_source_lines = g_strv_length (interp->vm.source_lines);
  interp->code = pml_compile_module (filename, interp->source, length, &interp->arena, error);
  if (interp->code == NULL)
    return FALSE;
  make_main (interp, filename);
  return TRUE;
}

/* _PyModule_ClearDict: names with one leading underscore first, then the rest */
static void
clear_module_dict (PmlObj *d)
{
  for (int pass = 0; pass < 2; pass++)
    {
      gsize pos = 0;
      PmlObj *k, *v;

      while (pml_dict_next (d, &pos, &k, &v))
        {
          gboolean underscore = k->u.s.s[0] == '_' && k->u.s.s[1] != '_';

          if (v == NONE || k->kind != K_STR)
            continue;
          if (pass == 0 && !underscore)
            continue;
          if (pass == 1 && strcmp (k->u.s.s, "__builtins__") == 0)
            continue;
          {
            guint64 saved = pml_reason_begin (PML_REASON_SHUTDOWN_NAME, 0, pml_reason_text (k->u.s.s));

            pml_incref (k);
            pml_dict_set (d, k, NONE);
            pml_decref (k);
            pml_reason_end (saved);
          }
        }
    }
}

static gboolean
still_alive (PmlVM *vm, PmlObj *o, guint32 serial)
{
  for (PmlObj *p = vm->host_objects.host_next; p != &vm->host_objects; p = p->host_next)
    if (p == o && p->serial == serial)
      return TRUE;
  return FALSE;
}

/* finalize_modules: sys.modules lets go of __main__, whose dict then
 * goes with the module (dict_dealloc, in key order) or, as soon as the
 * script defined a function or class (their __globals__ make a cycle),
 * with the collection that follows (finalizers in the collector's
 * order). Only a dict still alive after that is cleared name by name. */
static void
release_main (PmlVM *vm)
{
  PmlObj *d = vm->main_globals, *key = pml_str_intern_cstr ("__main__");
  guint32 serial = d->serial;
  gboolean alive;

  vm->main_module->u.mod.dict = pml_dict_new ();
  vm->main_globals = NULL;
  pml_dict_del (vm->modules, key);
  pml_decref (key);
  pml_err_clear ();
  pml_decref (d);
  alive = still_alive (vm, d, serial);
  if (alive && !vm->gc_collecting)
    {
      PmlObj *callbacks = vm->gc_callbacks;

      vm->gc_callbacks = NULL;
      pml_gc_collect (2, _("interpreter shutdown"));
      vm->gc_callbacks = callbacks;
      pml_err_clear ();
      alive = still_alive (vm, d, serial);
    }
  if (alive)
    clear_module_dict (d);
}

static void
finalize (PmlInterp *interp)
{
  PmlVM *vm = &interp->vm;
  gint64 collected, uncollectable;

  (void) collected;
  (void) uncollectable;
  pml_err_clear ();
  /* Py_FinalizeEx: atexit's functions first, with the interpreter intact */
  pml_atexit_run ();
  pml_err_clear ();
  /* _PyGC_CollectNoFail: a full collection, no callbacks, even when disabled */
  if (!vm->gc_collecting)
    {
      gboolean saved = vm->gc_enabled;
      PmlObj *callbacks = vm->gc_callbacks;

      vm->gc_callbacks = NULL;
      vm->gc_collecting = FALSE;
      pml_gc_collect (2, _("interpreter shutdown"));
      vm->gc_callbacks = callbacks;
      vm->gc_enabled = saved;
    }
  vm->finalizing = TRUE;
  release_main (vm);
  pml_err_clear ();
  vm->finalizing = FALSE;
  {
    PmlObj *callbacks = vm->gc_callbacks;

    vm->gc_callbacks = NULL;
    pml_gc_collect (2, _("interpreter shutdown"));
    vm->gc_callbacks = callbacks;
  }
  pml_err_clear ();
}

/* _Py_HandleSystemExit: an int code is the exit status, None is 0;
 * anything else is printed on stderr and the status is 1 */
static int
system_exit_status (PmlObj *exc)
{
  PmlObj *code = pml_system_exit_code (exc), *text;
  gint64 status = 0;

  if (code == NONE)
    status = 0;
  else if (code->kind == K_INT || code->kind == K_BOOL)
    {
      if (!pml_int_as_i64 (code, &status))
        status = -1;
    }
  else
    {
      text = pml_str (code);
      if (text != NULL)
        {
          pml_write_err (text->u.s.s, (gssize) text->u.s.nbytes);
          pml_decref (text);
        }
      pml_err_clear ();
      pml_write_err ("\n", 1);
      status = 1;
    }
  pml_decref (code);
  /* the process's exit status is a byte */
  return (int) (status & 0xff);
}

int
pml_interp_run (PmlInterp *interp)
{
  PmlVM *vm = &interp->vm;
  PmlObj *r;
  int status = 0;

  pml_vm = vm;
  pml_vm_logging = vm->opts.record_events;
  current = interp;
  g_return_val_if_fail (interp->code != NULL, 2);
  /* the compiler's warnings, written before there was a writer */
  if (interp->write != NULL && vm->err->len > 0)
    {
      interp->write (TRUE, vm->err->str, vm->err->len, interp->write_data);
      g_string_truncate (vm->err, 0);
    }
  r = pml_eval_code (interp->code->u.code.code, vm->main_globals, vm->main_globals, NULL);
  if (r == NULL)
    {
      PmlObj *exc = pml_err_fetch ();

      if (vm->stopped)
        status = 3;
      else if (exc != NULL && pml_type_is_subtype (exc->type, TYPE (T_SYSTEM_EXIT)))
        status = system_exit_status (exc);
      else
        {
          GString *text = g_string_new (NULL);

          if (exc != NULL)
            pml_err_print (exc, text);
          pml_write_err (text->str, (gssize) text->len);
          g_string_free (text, TRUE);
          status = 1;
        }
      pml_xdecref (exc);
    }
  else
    pml_decref (r);
  /* the graph as the script ends, before the interpreter tears it down */
  if (vm->opts.record_graph)
    pml_graph_snapshot (interp);
  /* everything from here on is the interpreter tearing down */
  pml_reason_begin (PML_REASON_SHUTDOWN, 0, 0);
  /* the AST arena goes when the main module has run */
  if (interp->arena != NULL)
    {
      for (guint i = 0; i < interp->arena->len; i++)
        pml_decref (interp->arena->pdata[i]);
      g_clear_pointer (&interp->arena, g_ptr_array_unref);
    }
  interp->shutdown_position = vm->events.length;
  if (!vm->stopped)
    finalize (interp);
  pml_reason_begin (PML_REASON_NONE, 0, 0);
  return status;
}

void
pml_interp_set_cancel_flag (PmlInterp  *interp,
                            const gint *flag)
{
  interp->vm.cancel = flag;
}

const char *
pml_interp_get_stdout (PmlInterp *interp)
{
  return interp->vm.out->str;
}

const char *
pml_interp_get_stderr (PmlInterp *interp)
{
  return interp->vm.err->str;
}

gboolean
pml_interp_hit_max_steps (PmlInterp *interp)
{
  return interp->vm.stopped && !interp->vm.out_of_memory;
}

gboolean
pml_interp_hit_memory_budget (PmlInterp *interp,
                              gint32    *out_line)
{
  if (out_line != NULL)
    *out_line = interp->vm.line;
  return interp->vm.out_of_memory;
}

guint64
pml_interp_get_steps (PmlInterp *interp)
{
  return interp->vm.steps;
}

PmlHeap *
pml_interp_get_heap (PmlInterp *interp)
{
  return interp->vm.heap;
}

guint
pml_interp_get_n_events (PmlInterp *interp)
{
  return interp->vm.events.length;
}

guint
pml_interp_get_shutdown_position (PmlInterp *interp)
{
  return interp->shutdown_position;
}

const PmlObjEvent *
pml_interp_get_event (PmlInterp *interp, guint index)
{
  g_return_val_if_fail (index < interp->vm.events.length, NULL);
  return pml_chunks_get (&interp->vm.events, index, sizeof (PmlObjEvent));
}

guint
pml_interp_get_event_heap_position (PmlInterp *interp, guint index)
{
  PmlVM *vm = &interp->vm;
  guint lo = 0, hi = vm->event_sync.length;

  /* the last sync point at or before @index */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (pml_vm_sync_point (vm, mid)[0] <= index)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo == 0 ? 0 : pml_vm_sync_point (vm, lo - 1)[1];
}

gsize
pml_interp_get_event_bytes (PmlInterp *interp)
{
  return pml_chunks_get_allocated_bytes (&interp->vm.events) + pml_chunks_get_allocated_bytes (&interp->vm.event_sync);
}

const PmlObjInfo *
pml_interp_get_object (PmlInterp *interp, guint32 serial)
{
  return pml_vm_object_info (&interp->vm, serial);
}

const GArray *
pml_interp_get_requests (PmlInterp *interp)
{
  return interp->vm.requests;
}

const GArray *
pml_interp_get_collection_requests (PmlInterp *interp)
{
  return interp->vm.collection_requests;
}

char *
pml_interp_format_trace (PmlInterp *interp)
{
  const GArray *requests = interp->vm.requests;
  GString *text = g_string_new ("pymemlab-trace 1\n");

  g_string_append_printf (text, "preset %s\n", interp->vm.preset->name);
  g_string_append_printf (text, "# the allocation requests of %s\n", interp->vm.filename);
  for (guint i = 0; requests != NULL && i < requests->len; i++)
    {
      const PmlRequest *r = &g_array_index (requests, PmlRequest, i);

      switch (r->op)
        {
        case 'm':
          g_string_append_printf (text, "m %" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT "\n", r->address, r->a);
          break;
        case 'c':
          g_string_append_printf (text, "c %" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT "\n",
                                  r->address, r->a, r->b);
          break;
        case 'r':
          g_string_append_printf (text, "r %" G_GINT64_MODIFIER "x %" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT "\n",
                                  r->old, r->address, r->a);
          break;
        default:
          g_string_append_printf (text, "f %" G_GINT64_MODIFIER "x\n", r->address);
        }
    }
  return g_string_free (text, FALSE);
}

const char *
pml_obj_event_kind_name (PmlObjEventKind kind)
{
  static const char *names[] = {
    "line", "new", "free", "incref", "decref", "track", "untrack", "gc-start", "gc-update-refs",
    "gc-subtract-refs", "gc-unreachable", "gc-reachable", "gc-finalize", "gc-clear", "gc-end", "promote",
    "weakref-clear", "weakref-callback", "finalizer", "tracemalloc",
  };

  return kind < G_N_ELEMENTS (names) ? names[kind] : "unknown";
}

void
pml_interp_set_output (PmlInterp *interp,
                       void (*write) (gboolean is_stderr, const char *text, gsize len, gpointer data),
                       gpointer data)
{
  interp->write = write;
  interp->write_data = data;
}

/* The simulated objects live in host memory owned by the interpreter; it
 * is torn down wholesale (objects still alive are not deallocated one by
 * one: CPython does not free them at exit either). */
void
pml_interp_free (PmlInterp *interp)
{
  PmlVM *vm;

  if (interp == NULL)
    return;
  vm = &interp->vm;
  pml_vm = vm;
  pml_vm_free_objects ();
  g_strfreev (vm->source_lines);
  g_clear_pointer (&vm->native_holds, g_array_unref);
  g_clear_pointer (&vm->probes, g_array_unref);
  g_clear_pointer (&vm->sorting, g_ptr_array_unref);
  g_free (interp->source);
  if (interp->arena)
    g_ptr_array_unref (interp->arena);
  g_string_free (vm->out, TRUE);
  g_string_free (vm->err, TRUE);
  pml_chunks_clear (&vm->events);
  pml_chunks_clear (&vm->event_sync);
  pml_reason_clear (vm);
  if (interp->states)
    g_array_unref (interp->states);
  if (interp->update_undo)
    g_array_unref (interp->update_undo);
  g_clear_pointer (&interp->alive, g_array_unref);
  g_clear_pointer (&interp->alive_index, g_array_unref);
  g_clear_pointer (&interp->checkpoints, g_array_unref);
  g_clear_pointer (&interp->checkpoint_serials, g_array_unref);
  g_clear_pointer (&interp->checkpoint_states, g_array_unref);
  g_array_unref (interp->graphs);
  g_ptr_array_unref (interp->graph_blobs);
  g_hash_table_unref (vm->interned);
  g_hash_table_unref (vm->method_descriptors);
  g_clear_pointer (&vm->native_types, g_hash_table_unref);
  for (int i = 0; i < PML_TUPLE_MAXSAVESIZE; i++)
    g_ptr_array_unref (vm->tuple_free[i]);
  g_ptr_array_unref (vm->list_free);
  g_ptr_array_unref (vm->dict_free);
  g_ptr_array_unref (vm->float_free);
  g_array_unref (vm->keys_free);
  g_clear_pointer (&vm->atexit_callbacks, g_ptr_array_unref);
  pml_tracemalloc_free_state (vm);
  g_ptr_array_unref (vm->exc_stack);
  g_ptr_array_unref (vm->trash);
  pml_chunks_clear (&vm->objects);
  if (vm->requests)
    g_array_unref (vm->requests);
  if (vm->collection_requests)
    g_array_unref (vm->collection_requests);
  pml_heap_unref (vm->heap);
  if (current == interp)
    current = NULL;
  if (pml_vm == vm)
    pml_vm = NULL;
  g_free (interp);
}
