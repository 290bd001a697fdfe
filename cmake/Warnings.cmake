# Warnings for claimx's own targets; CLAIMX_DEV makes them errors.
function(claimx_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wcast-align -Woverloaded-virtual)
  if(CLAIMX_DEV)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
