try:  # Ctrl-C before main() has taken SIGINT over (a loaded machine): as quiet as after
    from hubquery.process import main
except KeyboardInterrupt:
    raise SystemExit(130) from None

main()
