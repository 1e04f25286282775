// The LiaisonPipeline module; see README "Guide to the sources".
