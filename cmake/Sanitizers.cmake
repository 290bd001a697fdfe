# CLAIMX_SANITIZE=ON (implied by CLAIMX_DEV): AddressSanitizer and
# UndefinedBehaviorSanitizer for every target.
if(CLAIMX_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
