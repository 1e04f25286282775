#ifndef LIAISON_CLIBXML2_SHIM_H
#define LIAISON_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its headers then pull in ICU's module map, which clashes
// with Foundation's own ICU copy in any Swift module that imports both. We never use libxml2's
// ICU-specific API, so hide it.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>
#include <libxml/xmlIO.h>

// `xmlFree` is a global function pointer in C; Swift 6 rejects it as shared mutable state.
static inline void liaison_xmlFree(void *p) { xmlFree(p); }

#endif
