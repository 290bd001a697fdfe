// Hand-written scanners for patterns that run over whole documents, where a
// regex call per match costs more than the scan itself. Each is the exact
// equivalent of the RE2 pattern in its comment (tests/names_test.cc checks
// them against RE2 on random text).
#ifndef CLAIMX_SRC_NAMES_H_
#define CLAIMX_SRC_NAMES_H_

#include <cstddef>
#include <string_view>

namespace claimx {

// The leftmost match at or after `pos` of
//   \b([A-Z][a-z]+)\s+(?:([A-Z][a-z]+|[A-Z]\.)\s+)?
//   (?:(?:de|la|del|della|van|von|der|den|da|di|du|le|De|La|Del|Van|Von|Der|Da|Di|Du|Le)\s+){0,2}
//   ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b
// ("Claudia De la Cruz", "Rocky De La Fuente", "Ludwig van Beethoven"), where
// [a-z] also takes the lower-case Latin letters U+00DF-U+00FF (not U+00F7) and
// U+0100-U+017F in UTF-8 ("Jenniffer González Colón")
// (RE2 semantics: \s = [\t\n\f\r ], \b with ASCII word characters and
// looking at text before `pos` too). Sets [*b, *e) and returns true, or returns false.
bool FindFullName(std::string_view text, std::size_t pos, std::size_t* b, std::size_t* e);

// Whether `word` is one of the surname particles above ("de", "La", "van").
bool IsNameParticle(std::string_view word);

}  // namespace claimx

#endif  // CLAIMX_SRC_NAMES_H_
