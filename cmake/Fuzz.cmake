# CLAIMX_FUZZ=ON (clang only; tools/fuzz.sh sets it): every target gets
# libFuzzer's coverage instrumentation (-fsanitize=fuzzer-no-link) on top of
# AddressSanitizer and UndefinedBehaviorSanitizer, and fuzz/ builds the
# libFuzzer binaries fuzz_<name> besides the replay drivers.
option(CLAIMX_FUZZ "Build the libFuzzer targets in fuzz/ (clang; implies sanitizers)" OFF)
if(CLAIMX_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CLAIMX_FUZZ=ON needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
  if(NOT CLAIMX_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
  endif()
endif()
