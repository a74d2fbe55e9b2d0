#ifndef HELDER_CLIBXML2_SHIM_H
#define HELDER_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its ICU types clash with Foundation's.
// Read the version header first, then switch ICU off before the rest.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 refuses to touch.
static inline void helder_xml_free(void *pointer) {
    xmlFree(pointer);
}

/// The libxml2 version this binary runs with, e.g. "20914".
static inline const char *helder_xml_version(void) {
    return xmlParserVersion;
}

#endif
