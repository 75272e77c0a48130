/* pml-py-ast-children.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-ast.h"

/* The one place that knows which fields of a node are its children, for
 * the walkers that visit them all (freeing, constant folding). The order is
 * fixed: the folder creates constants in it, and those are heap objects. */

#define NODE(field) (out[count++] = (PmlNodeChild) { &(field), NULL })
#define LIST(field) (out[count++] = (PmlNodeChild) { NULL, &(field) })

guint
pml_node_children (PmlNode *n, PmlNodeChild out[PML_NODE_MAX_CHILDREN])
{
  PmlNodeFields *v = &n->v;
  guint count = 0;

  switch (n->kind)
    {
    case N_MODULE:
      LIST (v->module.body);
      break;
    case N_EXPR_STMT:
      NODE (v->expr_stmt.value);
      break;
    case N_ASSIGN:
      NODE (v->assign.value);
      LIST (v->assign.targets);
      break;
    case N_AUGASSIGN:
      NODE (v->aug_assign.target);
      NODE (v->aug_assign.value);
      break;
    case N_ANNASSIGN:
      NODE (v->ann_assign.target);
      NODE (v->ann_assign.annotation);
      NODE (v->ann_assign.value);
      break;
    case N_DELETE:
      LIST (v->delete_stmt.targets);
      break;
    case N_IF:
      NODE (v->if_stmt.test);
      LIST (v->if_stmt.body);
      LIST (v->if_stmt.orelse);
      break;
    case N_WHILE:
      NODE (v->while_stmt.test);
      LIST (v->while_stmt.body);
      LIST (v->while_stmt.orelse);
      break;
    case N_FOR:
      NODE (v->for_stmt.target);
      NODE (v->for_stmt.iter);
      LIST (v->for_stmt.body);
      LIST (v->for_stmt.orelse);
      break;
    case N_RETURN:
      NODE (v->return_stmt.value);
      break;
    case N_FUNCTIONDEF:
      NODE (v->function_def.returns);
      LIST (v->function_def.decorator_list);
      LIST (v->function_def.body);
      LIST (v->function_def.args);
      LIST (v->function_def.defaults);
      break;
    case N_CLASSDEF:
      LIST (v->class_def.decorator_list);
      LIST (v->class_def.body);
      LIST (v->class_def.bases);
      LIST (v->class_def.keywords);
      break;
    case N_GLOBAL:
    case N_NONLOCAL:
      LIST (v->global.names);
      break;
    case N_IMPORT:
      LIST (v->import.names);
      break;
    case N_IMPORTFROM:
      LIST (v->import_from.names);
      break;
    case N_ALIAS:
      NODE (v->alias.asname);
      break;
    case N_TRY:
      LIST (v->try_stmt.finalbody);
      LIST (v->try_stmt.body);
      LIST (v->try_stmt.handlers);
      LIST (v->try_stmt.orelse);
      break;
    case N_EXCEPTHANDLER:
      NODE (v->except_handler.type);
      LIST (v->except_handler.body);
      break;
    case N_RAISE:
      NODE (v->raise.exc);
      NODE (v->raise.cause);
      break;
    case N_ASSERT:
      NODE (v->assert_stmt.test);
      NODE (v->assert_stmt.msg);
      break;
    case N_WITH:
      LIST (v->with_stmt.items);
      LIST (v->with_stmt.body);
      break;
    case N_WITHITEM:
      NODE (v->withitem.context_expr);
      NODE (v->withitem.optional_vars);
      break;
    case N_BINOP:
      NODE (v->binop.left);
      NODE (v->binop.right);
      break;
    case N_UNARYOP:
      NODE (v->unaryop.operand);
      break;
    case N_BOOLOP:
      LIST (v->boolop.values);
      break;
    case N_COMPARE:
      NODE (v->compare.left);
      LIST (v->compare.comparators);
      break;
    case N_CALL:
      NODE (v->call.func);
      LIST (v->call.args);
      LIST (v->call.keywords);
      break;
    case N_KEYWORD:
      NODE (v->keyword.value);
      break;
    case N_ATTRIBUTE:
      NODE (v->attribute.value);
      break;
    case N_SUBSCRIPT:
      NODE (v->subscript.value);
      NODE (v->subscript.slice);
      break;
    case N_SLICE:
      NODE (v->slice.lower);
      NODE (v->slice.upper);
      NODE (v->slice.step);
      break;
    case N_LIST:
    case N_TUPLE:
    case N_SET:
      LIST (v->sequence.elts);
      break;
    case N_DICT:
      LIST (v->dict.keys);
      LIST (v->dict.values);
      break;
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP:
    case N_GENEXP:
      NODE (v->comp.elt);
      NODE (v->comp.value);
      LIST (v->comp.generators);
      break;
    case N_COMPREHENSION:
      NODE (v->comprehension.target);
      NODE (v->comprehension.iter);
      LIST (v->comprehension.ifs);
      break;
    case N_IFEXP:
      NODE (v->if_exp.test);
      NODE (v->if_exp.body);
      NODE (v->if_exp.orelse);
      break;
    case N_LAMBDA:
      NODE (v->lambda.body);
      LIST (v->lambda.args);
      LIST (v->lambda.defaults);
      break;
    case N_JOINEDSTR:
      LIST (v->joined_str.values);
      break;
    case N_FORMATTED:
      NODE (v->formatted_value.value);
      NODE (v->formatted_value.format_spec);
      break;
    case N_YIELD:
      NODE (v->yield.value);
      break;
    case N_STARRED:
      NODE (v->starred.value);
      break;
    case N_NAMEDEXPR:
      NODE (v->named_expr.target);
      NODE (v->named_expr.value);
      break;
    case N_ARG:
      NODE (v->arg.kw_default);
      NODE (v->arg.annotation);
      break;
    case N_MATCH:
      NODE (v->match.subject);
      LIST (v->match.cases);
      break;
    case N_MATCH_CASE:
      NODE (v->match_case.pattern);
      NODE (v->match_case.guard);
      LIST (v->match_case.body);
      break;
    case N_MATCH_VALUE:
      NODE (v->match_value.value);
      break;
    case N_MATCH_SEQUENCE:
      LIST (v->match_sequence.patterns);
      break;
    case N_MATCH_MAPPING:
      NODE (v->match_mapping.keys);
      LIST (v->match_mapping.patterns);
      break;
    case N_MATCH_CLASS:
      NODE (v->match_class.cls);
      NODE (v->match_class.kwd_attrs);
      LIST (v->match_class.patterns);
      LIST (v->match_class.kwd_patterns);
      break;
    case N_MATCH_AS:
      NODE (v->match_as.pattern);
      break;
    case N_MATCH_OR:
      LIST (v->match_or.patterns);
      break;
    case N_BREAK:
    case N_CONTINUE:
    case N_PASS:
    case N_NAME:
    case N_CONST:
    case N_MATCH_SINGLETON:
    case N_MATCH_STAR:
      break;
    }
  g_assert (count <= PML_NODE_MAX_CHILDREN);
  return count;
}

/* The strings and arrays a node owns besides its children */
static void
free_own_data (PmlNode *n)
{
  PmlNodeFields *v = &n->v;

  switch (n->kind)
    {
    case N_FUNCTIONDEF:
      g_free (v->function_def.name);
      break;
    case N_CLASSDEF:
      g_free (v->class_def.name);
      break;
    case N_IMPORTFROM:
      g_free (v->import_from.module);
      break;
    case N_ALIAS:
      g_free (v->alias.name);
      break;
    case N_EXCEPTHANDLER:
      g_free (v->except_handler.name);
      break;
    case N_NAME:
      g_free (v->name.id);
      break;
    case N_CONST:
      g_free (v->constant.text);
      break;
    case N_COMPARE:
      if (v->compare.ops != NULL)
        g_ptr_array_unref (v->compare.ops);
      break;
    case N_KEYWORD:
      g_free (v->keyword.arg);
      break;
    case N_ATTRIBUTE:
      g_free (v->attribute.attr);
      break;
    case N_ARG:
      g_free (v->arg.arg);
      break;
    case N_MATCH_MAPPING:
      g_free (v->match_mapping.rest);
      break;
    case N_MATCH_STAR:
      g_free (v->match_star.name);
      break;
    case N_MATCH_AS:
      g_free (v->match_as.name);
      break;
    default:
      break;
    }
}

/* Iterative, with the pending nodes on the heap: a chain of 200,000
 * operators is freed without 200,000 C frames */
void
pml_node_free (PmlNode *node)
{
  g_autoptr(GPtrArray) pending = NULL;

  if (node == NULL)
    return;
  pending = g_ptr_array_new ();
  g_ptr_array_add (pending, node);
  while (pending->len > 0)
    {
      PmlNode *n = g_ptr_array_steal_index_fast (pending, pending->len - 1);
      PmlNodeChild children[PML_NODE_MAX_CHILDREN];
      guint count = pml_node_children (n, children);

      for (guint i = 0; i < count; i++)
        if (children[i].node != NULL)
          {
            if (*children[i].node != NULL)
              g_ptr_array_add (pending, *children[i].node);
          }
        else if (*children[i].list != NULL)
          {
            GPtrArray *list = *children[i].list;

            /* the list's own free function would recurse */
            for (guint k = 0; k < list->len; k++)
              if (list->pdata[k] != NULL)
                g_ptr_array_add (pending, list->pdata[k]);
            g_ptr_array_set_free_func (list, NULL);
            g_ptr_array_unref (list);
          }
      free_own_data (n);
      g_free (n);
    }
}
