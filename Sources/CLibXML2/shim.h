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
#include <string.h>

// `xmlFree` is a global function pointer in C; Swift 6 rejects it as shared mutable state.
static inline void liaison_xmlFree(void *p) { xmlFree(p); }

// ---------------------------------------------------------------------------------------------
// The hardened parse. Written in C because libxml2's generic error callback is variadic (Swift
// cannot create one) and because the per-element depth check sits on the hot path.

/// What one parse found: the first error (not libxml2's last), a DOCTYPE or depth stop, and
/// undeclared namespace prefixes (tolerated: several public C-CDA examples use `xsi:` unbound).
typedef struct {
    int maxDepth;
    int stopReason;              // 0 none, 1 DOCTYPE, 2 too deep
    int stopLine, stopColumn;
    int errorSet;
    int errorCode, errorDomain, errorLine, errorColumn;
    char errorMessage[512];
    int undeclaredPrefixCount;
    int undeclaredPrefixLine;
    char undeclaredPrefixMessage[256];
    int depth;                   // elements open now
    int skipDepth;               // depth of the open element whose text is not kept (0: none)
} liaison_parse_state;

static void liaison_silent_generic(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

static inline void liaison_copy_message(char *dst, size_t size, const char *src) {
    if (!src) { dst[0] = 0; return; }
    strncpy(dst, src, size - 1);
    dst[size - 1] = 0;
    size_t n = strlen(dst);
    while (n > 0 && (dst[n - 1] == '\n' || dst[n - 1] == ' ')) dst[--n] = 0;
}

static void liaison_on_error(void *userData, xmlErrorPtr error) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)userData;
    if (!ctxt || !error) return;
    liaison_parse_state *st = (liaison_parse_state *)ctxt->_private;
    if (!st || error->level == XML_ERR_WARNING) return;
    if (error->domain == XML_FROM_NAMESPACE && error->code == XML_NS_ERR_UNDEFINED_NAMESPACE) {
        if (st->undeclaredPrefixCount++ == 0) {
            st->undeclaredPrefixLine = error->line;
            liaison_copy_message(st->undeclaredPrefixMessage, sizeof st->undeclaredPrefixMessage, error->message);
        }
        return;
    }
    if (st->errorSet || st->stopReason) return;
    st->errorSet = 1;
    st->errorCode = error->code;
    st->errorDomain = error->domain;
    st->errorLine = error->line;
    st->errorColumn = error->int2;
    liaison_copy_message(st->errorMessage, sizeof st->errorMessage, error->message);
}

static void liaison_on_internal_subset(void *ctx, const xmlChar *name, const xmlChar *externalID,
                                       const xmlChar *systemID) {
    (void)name; (void)externalID; (void)systemID;
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    liaison_parse_state *st = (liaison_parse_state *)ctxt->_private;
    if (st && !st->stopReason) {
        st->stopReason = 1;
        st->stopLine = xmlSAX2GetLineNumber(ctx);
        st->stopColumn = xmlSAX2GetColumnNumber(ctx);
    }
    xmlStopParser(ctxt);
}

static void liaison_on_start_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                                     const xmlChar *URI, int nb_namespaces, const xmlChar **namespaces,
                                     int nb_attributes, int nb_defaulted, const xmlChar **attributes) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    liaison_parse_state *st = (liaison_parse_state *)ctxt->_private;
    if (st && ctxt->nameNr >= st->maxDepth) {
        if (!st->stopReason) {
            st->stopReason = 2;
            st->stopLine = xmlSAX2GetLineNumber(ctx);
            st->stopColumn = xmlSAX2GetColumnNumber(ctx);
        }
        xmlStopParser(ctxt);
        return;
    }
    xmlSAX2StartElementNs(ctx, localname, prefix, URI, nb_namespaces, namespaces, nb_attributes,
                          nb_defaulted, attributes);
    if (!st) return;
    st->depth += 1;
    if (st->skipDepth) return;
    // An encapsulated attachment (CDA data type ED with representation="B64": an image, a PDF, a
    // scanned letter) is kept as an element with its attributes but without its text: nothing
    // reads the encoded bytes, and they are most of a large document's size. Encoded text
    // (mediaType text/...) is kept, as before: it is words, if encoded ones.
    int base64 = 0, text = 0;
    for (int i = 0; i < nb_attributes; i++) {
        const xmlChar **a = attributes + i * 5;  // localname, prefix, URI, value, end
        if (a[1] != NULL) continue;
        if (xmlStrEqual(a[0], BAD_CAST "representation") && a[4] - a[3] == 3 && memcmp(a[3], "B64", 3) == 0)
            base64 = 1;
        if (xmlStrEqual(a[0], BAD_CAST "mediaType") && a[4] - a[3] >= 5 && memcmp(a[3], "text/", 5) == 0) text = 1;
    }
    if (base64 && !text) st->skipDepth = st->depth;
}

static void liaison_on_end_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                                   const xmlChar *URI) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    liaison_parse_state *st = (liaison_parse_state *)ctxt->_private;
    if (st) {
        if (st->skipDepth == st->depth) st->skipDepth = 0;
        st->depth -= 1;
    }
    xmlSAX2EndElementNs(ctx, localname, prefix, URI);
}

static void liaison_on_characters(void *ctx, const xmlChar *ch, int len) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    liaison_parse_state *st = (liaison_parse_state *)ctxt->_private;
    if (st && st->skipDepth) return;
    xmlSAX2Characters(ctx, ch, len);
}

/// Parses `size` bytes with no network, no entity substitution, no DTD loading and no HUGE;
/// rejects any DOCTYPE and nesting deeper than `st->maxDepth`; drops the text of B64 attachments.
/// Returns NULL on any error (the first one is in `st`); nothing is printed.
static inline xmlDocPtr liaison_parse(const char *buffer, int size, liaison_parse_state *st) {
    xmlSetGenericErrorFunc(NULL, liaison_silent_generic);
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(buffer, size);
    if (!ctxt) return NULL;
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT |
                                XML_PARSE_NOXINCNODE);
    ctxt->_private = st;
    ctxt->sax->serror = liaison_on_error;
    ctxt->sax->internalSubset = liaison_on_internal_subset;
    ctxt->sax->startElementNs = liaison_on_start_element;
    ctxt->sax->endElementNs = liaison_on_end_element;
    ctxt->sax->characters = liaison_on_characters;
    // The same function for both, as libxml2 has by default: where they differ it starts asking
    // which whitespace is ignorable.
    ctxt->sax->ignorableWhitespace = liaison_on_characters;
    xmlParseDocument(ctxt);
    xmlDocPtr doc = ctxt->myDoc;
    int failed = !ctxt->wellFormed || st->stopReason || st->errorSet;
    if (failed && !st->errorSet && !st->stopReason) {
        st->errorSet = 1;
        st->errorLine = ctxt->input ? ctxt->input->line : 0;
        st->errorColumn = ctxt->input ? ctxt->input->col : 0;
        liaison_copy_message(st->errorMessage, sizeof st->errorMessage, "the document is not well-formed XML");
    }
    if (failed && doc) {
        xmlFreeDoc(doc);
        doc = NULL;
    }
    ctxt->myDoc = NULL;
    xmlFreeParserCtxt(ctxt);
    return doc;
}

#endif
