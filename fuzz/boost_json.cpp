// Boost.JSON compiled into the fuzz targets, so that its parser and serializer are
// instrumented (coverage and sanitizers) like our own code. Only the fuzzers use
// this; everything else links the Boost::json library.
#include <boost/json/src.hpp>
